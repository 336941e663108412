import localFont from 'next/font/local';

/** Inter, served from the npm package: the build must not fetch fonts from the internet. */
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});
