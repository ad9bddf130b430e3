import { acceptedEncodings } from '../accept-encoding';

// Which compressed copy a client may be sent: only what its Accept-Encoding allows.
describe('acceptedEncodings', () => {
  const accepted = (header?: string) => [...acceptedEncodings(header)].sort();

  it('reads what browsers send (Chromium asks for brotli, gzip and more)', () => {
    expect(accepted('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(accepted('gzip, deflate')).toEqual(['gzip']);
    expect(accepted('x-gzip')).toEqual(['gzip']);
  });

  it('refuses an encoding given q=0, and takes * for any other', () => {
    expect(accepted('br;q=0, gzip;q=0.8')).toEqual(['gzip']);
    expect(accepted('*')).toEqual(['br', 'gzip']);
    expect(accepted('*;q=0, gzip')).toEqual(['gzip']);
    expect(accepted('identity')).toEqual([]);
  });

  it('sends nothing compressed without the header', () => {
    expect(accepted(undefined)).toEqual([]);
    expect(accepted('')).toEqual([]);
  });
});
