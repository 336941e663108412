import type { Metadata } from 'next';
import { CallDetail } from '@/components/call-detail/call-detail';

export const metadata: Metadata = { title: 'Call · Foundry Connect' };

/** One call's record and its vanity numbers explained. */
export default async function CallPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  return <CallDetail contactId={decodeURIComponent(contactId)} />;
}
