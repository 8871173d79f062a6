'use strict';
// IP address syntax: dotted-quad IPv4 (no leading zeros) and RFC 4291 IPv6
// text forms, with an optional zone index.

const v4Seg = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);

const h = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${h}:){7}(?:${h}|:)|` +
  `(?:${h}:){6}(?:${v4Str}|:${h}|:)|` +
  `(?:${h}:){5}(?::${v4Str}|(?::${h}){1,2}|:)|` +
  `(?:${h}:){4}(?:(?::${h}){0,1}:${v4Str}|(?::${h}){1,3}|:)|` +
  `(?:${h}:){3}(?:(?::${h}){0,2}:${v4Str}|(?::${h}){1,4}|:)|` +
  `(?:${h}:){2}(?:(?::${h}){0,3}:${v4Str}|(?::${h}){1,5}|:)|` +
  `(?:${h}:){1}(?:(?::${h}){0,4}:${v4Str}|(?::${h}){1,6}|:)|` +
  `(?::(?:(?::${h}){0,5}:${v4Str}|(?::${h}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) {
  return IPv4Reg.test(`${s}`);
}

function isIPv6(s) {
  return IPv6Reg.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
