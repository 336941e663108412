/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The server reads amplify_outputs.json at run time; keep it in traced deployment bundles.
  outputFileTracingIncludes: { '/**': ['./amplify_outputs.json'] },
};

export default nextConfig;
