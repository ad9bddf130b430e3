import { exportRow } from '../export-rows';

const open = ({ ciphertext, keyId }: { ciphertext: string; keyId: string }) =>
  `${ciphertext.replace('sealed:', '')}@${keyId}`;

describe('what an export writes of a row', () => {
  it('opens ID and phone numbers, and leaves out the sealed values, their keys and every hash', () => {
    expect(
      exportRow(
        {
          id: 'r1',
          full_name: '张伟',
          id_number_ciphertext: 'sealed:110105194912310021',
          id_number_key_id: 'k1',
          id_number_hash: 'hmac',
          id_number_masked: '110105********0021',
          phone_ciphertext: null,
          phone_key_id: null,
        },
        open,
      ),
    ).toEqual({
      id: 'r1',
      full_name: '张伟',
      id_number_masked: '110105********0021',
      id_number: '110105194912310021@k1',
      phone: null,
    });
  });

  it('leaves out other sealed secrets and token hashes, and keeps ids that merely end in key_id', () => {
    expect(
      exportRow(
        {
          id: 'c1',
          url_ciphertext: 'sealed:https://hook',
          url_key_id: 'k1',
          token_hash: 'abc',
          api_key_id: 'key-1',
        },
        open,
      ),
    ).toEqual({ id: 'c1', api_key_id: 'key-1' });
  });
});
