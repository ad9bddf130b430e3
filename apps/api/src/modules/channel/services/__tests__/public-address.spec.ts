import { isPublicAddress } from '../public-address';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:93.184.216.34', true],
    ['127.0.0.1', false],
    ['127.8.9.10', false],
    ['10.0.0.1', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['100.127.255.255', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:a9fe:a9fe', false],
    ['64:ff9b::10.0.0.1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['not-an-address', false],
    ['fec0::1', false],
    ['64:ff9b::808:808', true],
    ['2002:808:808::1', true],
    ['2002:a00:1::1', false],
    ['192.0.2.1', false],
    ['198.18.0.1', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
  it.each([['172.15.0.1'], ['172.32.0.1'], ['100.63.255.255'], ['100.128.0.1'], ['11.0.0.1']])(
    '%s, just outside a private range, is public',
    (address) => expect(isPublicAddress(address)).toBe(true),
  );
});
