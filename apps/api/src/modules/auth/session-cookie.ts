import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'vd_session';

export function sessionCookieOptions(publicUrl: string, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: publicUrl.startsWith('https://'),
    path: '/graphql',
    ...(expires ? { expires } : {}),
  };
}

export function readSessionCookie(request: Request): string | undefined {
  const value = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function writeSessionCookie(
  response: Response,
  publicUrl: string,
  token: string,
  expires: Date,
) {
  response.cookie(SESSION_COOKIE, token, sessionCookieOptions(publicUrl, expires));
}

export function clearSessionCookie(response: Response, publicUrl: string) {
  response.clearCookie(SESSION_COOKIE, sessionCookieOptions(publicUrl));
}
