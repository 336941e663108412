/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm start` serves the twin's dashboard with `next dev`; its badge would cover the numbers supervisors read.
  devIndicators: false,
  // The server reads amplify_outputs.json at run time; keep it in traced deployment bundles.
  outputFileTracingIncludes: { '/**': ['./amplify_outputs.json'] },
  // npm run lint (typed ESLint over the whole project, in npm test) is the lint; Next.js 15 would run
  // ESLint again inside every next build, the Amplify Hosting build included (Next.js 16 no longer does).
  eslint: { ignoreDuringBuilds: true },
};

export default nextConfig;
