// Placeholder so the backend synthesises while the real handler is written (issue 3).
export const handler = async (): Promise<Record<string, string>> => ({ status: 'ERROR', count: '0', vanity1: '', vanity2: '', vanity3: '' });
