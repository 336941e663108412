/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm start` serves the twin's dashboard with `next dev`; its badge would cover the numbers supervisors read.
  devIndicators: false,
  // The server reads amplify_outputs.json at run time; keep it in traced deployment bundles.
  outputFileTracingIncludes: { '/**': ['./amplify_outputs.json'] },
};

export default nextConfig;
