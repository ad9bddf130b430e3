/**
 * The webcal:// form of a feed URL: Apple devices (and some desktop apps) open it as "subscribe"
 * rather than downloading the file. The scheme is the only difference.
 */
export const webcalUrl = (url: string): string => url.replace(/^https?:\/\//i, 'webcal://');

/** The calendar apps whose subscribe steps the page explains, in the order shown. */
export const CALENDAR_APPS = ['outlook', 'apple', 'google', 'dingtalk', 'feishu'] as const;
export type CalendarApp = (typeof CALENDAR_APPS)[number];
