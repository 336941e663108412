/**
 * Ends the process quietly when the reader of stdout goes away early (`npm run vanity < big.txt | head`),
 * as Unix tools do, instead of crashing with an unhandled EPIPE.
 */
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
