import { Global, Module } from '@nestjs/common';
import { PersonalDataCipher } from './personal-data-cipher.service';

@Global()
@Module({ providers: [PersonalDataCipher], exports: [PersonalDataCipher] })
export class CryptoModule {}
