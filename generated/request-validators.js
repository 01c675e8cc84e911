// generated from openapi/images.yaml by `npm run generate` — do not edit
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// <stdin>
var v0 = validate20;
var pattern4 = new RegExp("^[0-9a-f]{32}$", "u");
var func1 = require_ucs2length().default;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate20.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate20.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.query !== void 0) {
            let data2 = data.query;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.page !== void 0) {
                  let data3 = data2.page;
                  const _errs8 = errors;
                  if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                    validate20.errors = [{ instancePath: instancePath + "/query/page", schemaPath: "#/properties/query/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs8) {
                    if (typeof data3 == "number" && isFinite(data3)) {
                      if (data3 < 1 || isNaN(data3)) {
                        validate20.errors = [{ instancePath: instancePath + "/query/page", schemaPath: "#/properties/query/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                        return false;
                      }
                    }
                  }
                  var valid3 = _errs8 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data2.per_page !== void 0) {
                    let data4 = data2.per_page;
                    const _errs10 = errors;
                    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                      validate20.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (typeof data4 == "number" && isFinite(data4)) {
                        if (data4 > 1e4 || isNaN(data4)) {
                          validate20.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" }];
                          return false;
                        } else {
                          if (data4 < 10 || isNaN(data4)) {
                            validate20.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10" }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid3 = _errs10 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data2.creator !== void 0) {
                      let data5 = data2.creator;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      if (errors === _errs13) {
                        if (typeof data5 === "string") {
                          if (func1(data5) > 1024) {
                            validate20.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                            return false;
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid3 = _errs12 === errors;
                    } else {
                      var valid3 = true;
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "path": true, "query": true }, "dynamicProps": false, "dynamicItems": false };
var v1 = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate21.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate21.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v2 = validate22;
var formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
var pattern6 = new RegExp("(^|/)\\.\\.?(/|$)|[\\r\\n]", "u");
var pattern7 = new RegExp("^[^/]([\\s\\S]*[^/])?$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (!pattern6.test(data)) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var valid1 = _errs2 === errors;
  if (valid1) {
    validate25.errors = [{ instancePath, schemaPath: "#/allOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs4 = errors;
    const _errs5 = errors;
    if (errors === _errs5) {
      if (typeof data === "string") {
        if (func1(data) > 1024) {
          validate25.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
          return false;
        } else {
          if (func1(data) < 1) {
            validate25.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
            return false;
          } else {
            if (!pattern7.test(data)) {
              validate25.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/pattern", keyword: "pattern", params: { pattern: "^[^/]([\\s\\S]*[^/])?$" }, message: 'must match pattern "^[^/]([\\s\\S]*[^/])?$"' }];
              return false;
            }
          }
        }
      } else {
        validate25.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
      }
    }
    var valid0 = _errs4 === errors;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern8 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    const _errs3 = errors;
    const _errs4 = errors;
    if (errors === _errs4) {
      if (typeof data === "string") {
        if (!pattern8.test(data)) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var valid1 = _errs3 === errors;
    if (valid1) {
      validate24.errors = [{ instancePath, schemaPath: "#/allOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" }];
      return false;
    } else {
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern9 = new RegExp("^\\s*\\{[\\s\\S]*\\}\\s*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.id === void 0 && (missing0 = "id") || data.requireSignedURLs === void 0 && (missing0 = "requireSignedURLs")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.requireSignedURLs !== void 0) {
        if (true !== data.requireSignedURLs) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    validate23.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    const _errs4 = errors;
    let valid2 = false;
    let passing0 = null;
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.file === void 0 && (missing1 = "file")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    if (_valid0) {
      valid2 = true;
      passing0 = 0;
      var props0 = {};
      props0.file = true;
    }
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing2;
      if (data.url === void 0 && (missing2 = "url")) {
        const err3 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    if (_valid0 && valid2) {
      valid2 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid2 = true;
        passing0 = 1;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.url = true;
        }
      }
    }
    if (!valid2) {
      const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
      validate23.errors = vErrors;
      return false;
    } else {
      errors = _errs4;
      if (vErrors !== null) {
        if (_errs4) {
          vErrors.length = _errs4;
        } else {
          vErrors = null;
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs7 = errors;
      for (const key0 in data) {
        if (!(key0 === "file" || key0 === "url" || key0 === "id" || key0 === "metadata" || key0 === "requireSignedURLs" || key0 === "creator")) {
          validate23.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
          break;
        }
      }
      if (_errs7 === errors) {
        if (data.url !== void 0) {
          let data1 = data.url;
          const _errs8 = errors;
          if (errors === _errs8) {
            if (errors === _errs8) {
              if (typeof data1 === "string") {
                if (!formats0.test(data1)) {
                  validate23.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                  return false;
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
          }
          var valid3 = _errs8 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data.id !== void 0) {
            const _errs10 = errors;
            if (!validate24(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid3 = _errs10 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.metadata !== void 0) {
              let data3 = data.metadata;
              const _errs11 = errors;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (typeof data3 === "string") {
                  if (func1(data3) > 1024) {
                    validate23.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  } else {
                    if (!pattern9.test(data3)) {
                      validate23.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/pattern", keyword: "pattern", params: { pattern: "^\\s*\\{[\\s\\S]*\\}\\s*$" }, message: 'must match pattern "^\\s*\\{[\\s\\S]*\\}\\s*$"' }];
                      return false;
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid3 = _errs11 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.requireSignedURLs !== void 0) {
                const _errs14 = errors;
                if (typeof data.requireSignedURLs !== "boolean") {
                  validate23.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid3 = _errs14 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.creator !== void 0) {
                  let data5 = data.creator;
                  const _errs16 = errors;
                  const _errs17 = errors;
                  if (errors === _errs17) {
                    if (typeof data5 === "string") {
                      if (func1(data5) > 1024) {
                        validate23.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                        return false;
                      }
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid3 = _errs16 === errors;
                } else {
                  var valid3 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v3 = validate29;
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate29.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate29.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate29.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.image_id !== void 0) {
                    const _errs6 = errors;
                    if (!validate25(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate29.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v4 = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate31.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate31.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate31.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.image_id !== void 0) {
                    const _errs6 = errors;
                    if (!validate25(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate31.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v5 = validate33;
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate33.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate33.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate33.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.image_id !== void 0) {
                    const _errs6 = errors;
                    if (!validate25(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate33.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v6 = validate35;
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate36.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "creator" || key0 === "metadata" || key0 === "requireSignedURLs")) {
            validate36.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.creator !== void 0) {
            let data0 = data.creator;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func1(data0) > 1024) {
                  validate36.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                  return false;
                }
              } else {
                validate36.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.metadata !== void 0) {
              let data1 = data.metadata;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                } else {
                  validate36.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:Metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.requireSignedURLs !== void 0) {
                const _errs9 = errors;
                if (typeof data.requireSignedURLs !== "boolean") {
                  validate36.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
    errors = vErrors.length;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v7 = validate38;
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate38.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate38.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.image_id !== void 0) {
                    const _errs6 = errors;
                    if (!validate25(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v8 = validate40;
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate40.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate40.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate40.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate40.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v9 = validate41;
var pattern16 = new RegExp("^[a-zA-Z0-9]+$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate41.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.signing_key_name === void 0 && (missing1 = "signing_key_name")) {
                validate41.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate41.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate41.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.signing_key_name !== void 0) {
                    let data2 = data0.signing_key_name;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 === "string") {
                        if (func1(data2) > 20) {
                          validate41.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate41.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate41.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate41.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate41.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v10 = validate42;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate42.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.signing_key_name === void 0 && (missing1 = "signing_key_name")) {
                validate42.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate42.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate42.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.signing_key_name !== void 0) {
                    let data2 = data0.signing_key_name;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 === "string") {
                        if (func1(data2) > 20) {
                          validate42.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate42.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate42.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate42.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate42.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v11 = validate43;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate43.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate43.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate43.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate43.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v12 = validate44;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate44.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate44.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate44.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate44.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v13 = validate45;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate45.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate45.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate45.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate45.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v14 = validate46;
var schema73 = { "type": "object", "required": ["fit", "metadata", "width", "height"], "additionalProperties": false, "properties": { "fit": { "description": "How width and height are interpreted.", "type": "string", "enum": ["scale-down", "contain", "cover", "crop", "pad"] }, "metadata": { "description": "Which EXIF data the output keeps.", "type": "string", "enum": ["keep", "copyright", "none"] }, "width": { "description": "Maximum width in pixels.", "type": "integer", "minimum": 1 }, "height": { "description": "Maximum height in pixels.", "type": "integer", "minimum": 1 } }, "$id": "urn:images:schemas:VariantOptions" };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.options === void 0 && (missing0 = "options")) {
        validate47.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "options" || key0 === "neverRequireSignedURLs")) {
            validate47.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            let data0 = data.id;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (func1(data0) > 99) {
                  validate47.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                  return false;
                } else {
                  if (func1(data0) < 1) {
                    validate47.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  } else {
                    if (!pattern16.test(data0)) {
                      validate47.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                      return false;
                    }
                  }
                }
              } else {
                validate47.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.options !== void 0) {
              let data1 = data.options;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.fit === void 0 && (missing1 = "fit") || data1.metadata === void 0 && (missing1 = "metadata") || data1.width === void 0 && (missing1 = "width") || data1.height === void 0 && (missing1 = "height")) {
                    validate47.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    const _errs8 = errors;
                    for (const key1 in data1) {
                      if (!(key1 === "fit" || key1 === "metadata" || key1 === "width" || key1 === "height")) {
                        validate47.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs8 === errors) {
                      if (data1.fit !== void 0) {
                        let data2 = data1.fit;
                        const _errs9 = errors;
                        if (typeof data2 !== "string") {
                          validate47.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data2 === "scale-down" || data2 === "contain" || data2 === "cover" || data2 === "crop" || data2 === "pad")) {
                          validate47.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema73.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid3 = _errs9 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.metadata !== void 0) {
                          let data3 = data1.metadata;
                          const _errs11 = errors;
                          if (typeof data3 !== "string") {
                            validate47.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          if (!(data3 === "keep" || data3 === "copyright" || data3 === "none")) {
                            validate47.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema73.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                          }
                          var valid3 = _errs11 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.width !== void 0) {
                            let data4 = data1.width;
                            const _errs13 = errors;
                            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                              validate47.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs13) {
                              if (typeof data4 == "number" && isFinite(data4)) {
                                if (data4 < 1 || isNaN(data4)) {
                                  validate47.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                            var valid3 = _errs13 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.height !== void 0) {
                              let data5 = data1.height;
                              const _errs15 = errors;
                              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                                validate47.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs15) {
                                if (typeof data5 == "number" && isFinite(data5)) {
                                  if (data5 < 1 || isNaN(data5)) {
                                    validate47.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                              var valid3 = _errs15 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate47.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.neverRequireSignedURLs !== void 0) {
                const _errs17 = errors;
                if (typeof data.neverRequireSignedURLs !== "boolean") {
                  validate47.errors = [{ instancePath: instancePath + "/neverRequireSignedURLs", schemaPath: "#/properties/neverRequireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs17 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
    errors = vErrors.length;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v15 = validate49;
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate49.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate49.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate49.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate49.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.variant_id !== void 0) {
                    let data2 = data0.variant_id;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 === "string") {
                        if (func1(data2) > 99) {
                          validate49.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate49.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate49.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate49.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate49.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v16 = validate50;
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate50.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate50.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate50.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.variant_id !== void 0) {
                    let data2 = data0.variant_id;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 === "string") {
                        if (func1(data2) > 99) {
                          validate50.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate50.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate50.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate50.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate50.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v17 = validate51;
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate51.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate51.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate51.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate51.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.variant_id !== void 0) {
                    let data2 = data0.variant_id;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data2 === "string") {
                        if (func1(data2) > 99) {
                          validate51.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate51.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate51.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate51.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate51.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate51.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v18 = validate52;
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.options === void 0 && (missing0 = "options")) {
        validate53.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "options" || key0 === "neverRequireSignedURLs")) {
            validate53.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.options !== void 0) {
            let data0 = data.options;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0.fit === void 0 && (missing1 = "fit") || data0.metadata === void 0 && (missing1 = "metadata") || data0.width === void 0 && (missing1 = "width") || data0.height === void 0 && (missing1 = "height")) {
                  validate53.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  const _errs5 = errors;
                  for (const key1 in data0) {
                    if (!(key1 === "fit" || key1 === "metadata" || key1 === "width" || key1 === "height")) {
                      validate53.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs5 === errors) {
                    if (data0.fit !== void 0) {
                      let data1 = data0.fit;
                      const _errs6 = errors;
                      if (typeof data1 !== "string") {
                        validate53.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data1 === "scale-down" || data1 === "contain" || data1 === "cover" || data1 === "crop" || data1 === "pad")) {
                        validate53.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema73.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.metadata !== void 0) {
                        let data2 = data0.metadata;
                        const _errs8 = errors;
                        if (typeof data2 !== "string") {
                          validate53.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data2 === "keep" || data2 === "copyright" || data2 === "none")) {
                          validate53.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema73.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid2 = _errs8 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data0.width !== void 0) {
                          let data3 = data0.width;
                          const _errs10 = errors;
                          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                            validate53.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs10) {
                            if (typeof data3 == "number" && isFinite(data3)) {
                              if (data3 < 1 || isNaN(data3)) {
                                validate53.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs10 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data0.height !== void 0) {
                            let data4 = data0.height;
                            const _errs12 = errors;
                            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                              validate53.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs12) {
                              if (typeof data4 == "number" && isFinite(data4)) {
                                if (data4 < 1 || isNaN(data4)) {
                                  validate53.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs12 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate53.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.neverRequireSignedURLs !== void 0) {
              const _errs14 = errors;
              if (typeof data.neverRequireSignedURLs !== "boolean") {
                validate53.errors = [{ instancePath: instancePath + "/neverRequireSignedURLs", schemaPath: "#/properties/neverRequireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid0 = _errs14 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate53.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate53(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
    errors = vErrors.length;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v19 = validate55;
var schema86 = { "type": "object", "properties": { "path": { "type": "object", "properties": { "account_id": { "$ref": "urn:images:schemas:AccountId" } }, "required": ["account_id"] }, "query": { "type": "object", "properties": { "continuation_token": { "type": "string", "minLength": 1, "examples": ["iD0bxlWFSVUWsDHbzIqvDkgBW4otifAAuGXLz1n8BQA"] }, "per_page": { "type": "integer", "minimum": 10, "maximum": 1e4, "default": 1e3, "examples": [100] }, "sort_order": { "type": "string", "enum": ["asc", "desc"], "default": "desc" }, "creator": { "$ref": "urn:images:schemas:Creator" }, "meta": { "$ref": "urn:images:schemas:MetadataFilters" } }, "required": [] } }, "required": ["path"], "$id": "v19" };
var schema89 = { "description": "Query keys `meta.<path>[<operator>]` and their values; see the `meta` parameter.", "type": "object", "maxProperties": 5, "propertyNames": { "pattern": "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$" }, "patternProperties": { "\\[eq(:string)?\\]$": { "type": "string" }, "\\[eq:boolean\\]$": { "type": "string", "enum": ["true", "false"] }, "\\[(eq:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }, "\\[in(:string)?\\]$": { "type": "string", "pattern": "^[^|]*(\\|[^|]*){0,9}$" }, "\\[in:number\\]$": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$" } }, "additionalProperties": { "type": "string" }, "examples": [{ "meta.status[eq:string]": "active", "meta.region.name[in]": "eu-west|us-east" }], "$id": "urn:images:schemas:MetadataFilters" };
var pattern30 = new RegExp("^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$", "u");
var pattern31 = new RegExp("\\[eq(:string)?\\]$", "u");
var pattern32 = new RegExp("\\[eq:boolean\\]$", "u");
var pattern33 = new RegExp("\\[(eq:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$", "u");
var pattern34 = new RegExp("\\[in(:string)?\\]$", "u");
var pattern35 = new RegExp("\\[in:number\\]$", "u");
var pattern39 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
var pattern41 = new RegExp("^[^|]*(\\|[^|]*){0,9}$", "u");
var pattern43 = new RegExp("^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$", "u");
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate55.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate55.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate55.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate55.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate55.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.query !== void 0) {
            let data2 = data.query;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.continuation_token !== void 0) {
                  let data3 = data2.continuation_token;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data3 === "string") {
                      if (func1(data3) < 1) {
                        validate55.errors = [{ instancePath: instancePath + "/query/continuation_token", schemaPath: "#/properties/query/properties/continuation_token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate55.errors = [{ instancePath: instancePath + "/query/continuation_token", schemaPath: "#/properties/query/properties/continuation_token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid3 = _errs8 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data2.per_page !== void 0) {
                    let data4 = data2.per_page;
                    const _errs10 = errors;
                    if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                      validate55.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (typeof data4 == "number" && isFinite(data4)) {
                        if (data4 > 1e4 || isNaN(data4)) {
                          validate55.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" }];
                          return false;
                        } else {
                          if (data4 < 10 || isNaN(data4)) {
                            validate55.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10" }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid3 = _errs10 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data2.sort_order !== void 0) {
                      let data5 = data2.sort_order;
                      const _errs12 = errors;
                      if (typeof data5 !== "string") {
                        validate55.errors = [{ instancePath: instancePath + "/query/sort_order", schemaPath: "#/properties/query/properties/sort_order/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data5 === "asc" || data5 === "desc")) {
                        validate55.errors = [{ instancePath: instancePath + "/query/sort_order", schemaPath: "#/properties/query/properties/sort_order/enum", keyword: "enum", params: { allowedValues: schema86.properties.query.properties.sort_order.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid3 = _errs12 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data2.creator !== void 0) {
                        let data6 = data2.creator;
                        const _errs14 = errors;
                        const _errs15 = errors;
                        if (errors === _errs15) {
                          if (typeof data6 === "string") {
                            if (func1(data6) > 1024) {
                              validate55.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                              return false;
                            }
                          } else {
                            validate55.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid3 = _errs14 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data2.meta !== void 0) {
                          let data7 = data2.meta;
                          const _errs17 = errors;
                          const _errs18 = errors;
                          if (errors === _errs18) {
                            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                              if (Object.keys(data7).length > 5) {
                                validate55.errors = [{ instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/maxProperties", keyword: "maxProperties", params: { limit: 5 }, message: "must NOT have more than 5 properties" }];
                                return false;
                              } else {
                                for (const key0 in data7) {
                                  const _errs20 = errors;
                                  if (typeof key0 === "string") {
                                    if (!pattern30.test(key0)) {
                                      const err0 = { instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/propertyNames/pattern", keyword: "pattern", params: { pattern: "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$" }, message: 'must match pattern "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$"', propertyName: key0 };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid6 = _errs20 === errors;
                                  if (!valid6) {
                                    const err1 = { instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                    validate55.errors = vErrors;
                                    return false;
                                    break;
                                  }
                                }
                                if (valid6) {
                                  const _errs21 = errors;
                                  for (const key1 in data7) {
                                    if (!(pattern31.test(key1) || pattern32.test(key1) || pattern33.test(key1) || pattern34.test(key1) || pattern35.test(key1))) {
                                      const _errs22 = errors;
                                      if (typeof data7[key1] !== "string") {
                                        validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid7 = _errs22 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  }
                                  if (_errs21 === errors) {
                                    var valid8 = true;
                                    for (const key2 in data7) {
                                      if (pattern31.test(key2)) {
                                        const _errs24 = errors;
                                        if (typeof data7[key2] !== "string") {
                                          validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid8 = _errs24 === errors;
                                        if (!valid8) {
                                          break;
                                        }
                                      }
                                    }
                                    if (valid8) {
                                      var valid8 = true;
                                      for (const key3 in data7) {
                                        if (pattern32.test(key3)) {
                                          let data10 = data7[key3];
                                          const _errs26 = errors;
                                          if (typeof data10 !== "string") {
                                            validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          if (!(data10 === "true" || data10 === "false")) {
                                            validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/enum", keyword: "enum", params: { allowedValues: schema89.patternProperties["\\[eq:boolean\\]$"].enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid8 = _errs26 === errors;
                                          if (!valid8) {
                                            break;
                                          }
                                        }
                                      }
                                      if (valid8) {
                                        var valid8 = true;
                                        for (const key4 in data7) {
                                          if (pattern33.test(key4)) {
                                            let data11 = data7[key4];
                                            const _errs28 = errors;
                                            if (errors === _errs28) {
                                              if (typeof data11 === "string") {
                                                if (!pattern39.test(data11)) {
                                                  validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid8 = _errs28 === errors;
                                            if (!valid8) {
                                              break;
                                            }
                                          }
                                        }
                                        if (valid8) {
                                          var valid8 = true;
                                          for (const key5 in data7) {
                                            if (pattern34.test(key5)) {
                                              let data12 = data7[key5];
                                              const _errs30 = errors;
                                              if (errors === _errs30) {
                                                if (typeof data12 === "string") {
                                                  if (!pattern41.test(data12)) {
                                                    validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^[^|]*(\\|[^|]*){0,9}$" }, message: 'must match pattern "^[^|]*(\\|[^|]*){0,9}$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid8 = _errs30 === errors;
                                              if (!valid8) {
                                                break;
                                              }
                                            }
                                          }
                                          if (valid8) {
                                            var valid8 = true;
                                            for (const key6 in data7) {
                                              if (pattern35.test(key6)) {
                                                let data13 = data7[key6];
                                                const _errs32 = errors;
                                                if (errors === _errs32) {
                                                  if (typeof data13 === "string") {
                                                    if (!pattern43.test(data13)) {
                                                      validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate55.errors = [{ instancePath: instancePath + "/query/meta/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid8 = _errs32 === errors;
                                                if (!valid8) {
                                                  break;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate55.errors = [{ instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid3 = _errs17 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate55.errors = [{ instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate55.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": { "path": true, "query": true }, "dynamicProps": false, "dynamicItems": false };
var v20 = validate56;
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.path === void 0 && (missing0 = "path")) {
        validate56.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate56.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate56.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate56.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate56.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate56.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v21 = validate57;
var formats2 = require_formats().fastFormats["date-time"];
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.id === void 0 && (missing0 = "id") || data.requireSignedURLs === void 0 && (missing0 = "requireSignedURLs")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.requireSignedURLs !== void 0) {
        if (true !== data.requireSignedURLs) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    validate58.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate58.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        const _errs4 = errors;
        for (const key0 in data) {
          if (!(key0 === "expiry" || key0 === "metadata" || key0 === "requireSignedURLs" || key0 === "id" || key0 === "creator")) {
            validate58.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs4 === errors) {
          if (data.expiry !== void 0) {
            let data1 = data.expiry;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (errors === _errs5) {
                if (typeof data1 === "string") {
                  if (!formats2.validate.test(data1)) {
                    validate58.errors = [{ instancePath: instancePath + "/expiry", schemaPath: "#/properties/expiry/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                    return false;
                  }
                } else {
                  validate58.errors = [{ instancePath: instancePath + "/expiry", schemaPath: "#/properties/expiry/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid2 = _errs5 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.metadata !== void 0) {
              let data2 = data.metadata;
              const _errs7 = errors;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === "string") {
                  if (func1(data2) > 1024) {
                    validate58.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  } else {
                    if (!pattern9.test(data2)) {
                      validate58.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/pattern", keyword: "pattern", params: { pattern: "^\\s*\\{[\\s\\S]*\\}\\s*$" }, message: 'must match pattern "^\\s*\\{[\\s\\S]*\\}\\s*$"' }];
                      return false;
                    }
                  }
                } else {
                  validate58.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid2 = _errs7 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data.requireSignedURLs !== void 0) {
                const _errs10 = errors;
                if (typeof data.requireSignedURLs !== "boolean") {
                  validate58.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid2 = _errs10 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.id !== void 0) {
                  const _errs12 = errors;
                  if (!validate24(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs12 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.creator !== void 0) {
                    let data5 = data.creator;
                    const _errs13 = errors;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data5 === "string") {
                        if (func1(data5) > 1024) {
                          validate58.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                          return false;
                        }
                      } else {
                        validate58.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid2 = _errs13 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate58.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
    errors = vErrors.length;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v22 = validate61;
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (!pattern8.test(data)) {
        validate61.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageUuid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' }];
        return false;
      }
    } else {
      validate61.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageUuid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "dynamicProps": false, "dynamicItems": false };
var validators = {
  "listImages.params": v0,
  "uploadImage.params": v1,
  "uploadImage.body": v2,
  "getImage.params": v3,
  "deleteImage.params": v4,
  "updateImage.params": v5,
  "updateImage.body": v6,
  "getImageBlob.params": v7,
  "listSigningKeys.params": v8,
  "createSigningKey.params": v9,
  "deleteSigningKey.params": v10,
  "getImageStats.params": v11,
  "listVariants.params": v12,
  "createVariant.params": v13,
  "createVariant.body": v14,
  "getVariant.params": v15,
  "deleteVariant.params": v16,
  "updateVariant.params": v17,
  "updateVariant.body": v18,
  "listImagesV2.params": v19,
  "createDirectUpload.params": v20,
  "createDirectUpload.body": v21,
  "schema.ImageUuid": v22
};
export {
  v0,
  v1,
  v10,
  v11,
  v12,
  v13,
  v14,
  v15,
  v16,
  v17,
  v18,
  v19,
  v2,
  v20,
  v21,
  v22,
  v3,
  v4,
  v5,
  v6,
  v7,
  v8,
  v9,
  validators
};
