/** Where the production build listens during the tests; `E2E_PORT` moves it off a busy port. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
