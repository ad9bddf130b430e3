import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorSetup')
export class TwoFactorSetupObject {
  @Field({ description: 'The TOTP secret (base32), for typing into an app by hand.' })
  secret: string;
  @Field({
    description: 'otpauth://totp/VeriDesk:<email>?secret=…&issuer=VeriDesk, for the QR code.',
  })
  otpauthUrl: string;
}
