// Full-width forms to ASCII, as normalize turns them, for tests that feed a later step directly.
export const halfWidth = (text: string): string => text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
