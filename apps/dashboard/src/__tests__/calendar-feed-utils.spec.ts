import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';
import { CALENDAR_APPS, webcalUrl } from '../modules/calendar-feed/utils/webcal';

describe('webcalUrl', () => {
  it.each([
    ['https://app.veridesk.cn/calendar/abc_-9.ics', 'webcal://app.veridesk.cn/calendar/abc_-9.ics'],
    ['http://localhost:3000/calendar/abc.ics', 'webcal://localhost:3000/calendar/abc.ics'],
    ['HTTPS://X.example/calendar/t.ics', 'webcal://X.example/calendar/t.ics'],
  ])('turns %s into %s, keeping host, path and token', (url, expected) => {
    expect(webcalUrl(url)).toBe(expected);
  });
});

describe('subscribe steps', () => {
  it('explain every calendar app, in both languages, with the same number of steps', () => {
    for (const app of CALENDAR_APPS) {
      const zh = Object.values(zhCN.calendarFeed.steps[app]);
      const english = Object.values(en.calendarFeed.steps[app]);
      expect(zh.length).toBeGreaterThanOrEqual(3);
      expect(english).toHaveLength(zh.length);
      expect(zhCN.calendarFeed.apps[app]).toBeTruthy();
    }
  });
});
