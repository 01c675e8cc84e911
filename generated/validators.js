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
var schema36 = { "description": "Common part of every successful JSON response.", "type": "object", "required": ["success", "errors", "messages", "result"], "properties": { "success": { "const": true }, "result": { "description": "The operation's result; each operation's envelope gives its type." }, "errors": { "type": "array", "items": { "$ref": "urn:images:schemas:ResponseInfo" } }, "messages": { "type": "array", "items": { "$ref": "urn:images:schemas:ResponseInfo" } }, "result_info": { "type": ["object", "null"] } }, "$id": "urn:images:schemas:SuccessEnvelope" };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.success === void 0 && (missing0 = "success") || data.errors === void 0 && (missing0 = "errors") || data.messages === void 0 && (missing0 = "messages") || data.result === void 0 && (missing0 = "result")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.success !== void 0) {
          const _errs1 = errors;
          if (true !== data.success) {
            validate23.errors = [{ instancePath: instancePath + "/success", schemaPath: "#/properties/success/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.errors !== void 0) {
            let data1 = data.errors;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs4 = errors;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                      let missing1;
                      if (data2.code === void 0 && (missing1 = "code") || data2.message === void 0 && (missing1 = "message")) {
                        validate23.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "urn:images:schemas:ResponseInfo/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        if (data2.code !== void 0) {
                          let data3 = data2.code;
                          const _errs7 = errors;
                          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                            validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs7) {
                            if (typeof data3 == "number" && isFinite(data3)) {
                              if (data3 < 1e3 || isNaN(data3)) {
                                validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" }];
                                return false;
                              }
                            }
                          }
                          var valid3 = _errs7 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.message !== void 0) {
                            const _errs9 = errors;
                            if (typeof data2.message !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "urn:images:schemas:ResponseInfo/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs9 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.documentation_url !== void 0) {
                              const _errs11 = errors;
                              if (typeof data2.documentation_url !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/documentation_url", schemaPath: "urn:images:schemas:ResponseInfo/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs11 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.source !== void 0) {
                                let data6 = data2.source;
                                const _errs13 = errors;
                                if (errors === _errs13) {
                                  if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                    if (data6.pointer !== void 0) {
                                      if (typeof data6.pointer !== "string") {
                                        validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/source/pointer", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/source", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs13 === errors;
                              } else {
                                var valid3 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate23.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "urn:images:schemas:ResponseInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate23.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.messages !== void 0) {
              let data8 = data.messages;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (Array.isArray(data8)) {
                  var valid5 = true;
                  const len1 = data8.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data9 = data8[i1];
                    const _errs19 = errors;
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        let missing2;
                        if (data9.code === void 0 && (missing2 = "code") || data9.message === void 0 && (missing2 = "message")) {
                          validate23.errors = [{ instancePath: instancePath + "/messages/" + i1, schemaPath: "urn:images:schemas:ResponseInfo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data9.code !== void 0) {
                            let data10 = data9.code;
                            const _errs22 = errors;
                            if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                              validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs22) {
                              if (typeof data10 == "number" && isFinite(data10)) {
                                if (data10 < 1e3 || isNaN(data10)) {
                                  validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" }];
                                  return false;
                                }
                              }
                            }
                            var valid7 = _errs22 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data9.message !== void 0) {
                              const _errs24 = errors;
                              if (typeof data9.message !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/message", schemaPath: "urn:images:schemas:ResponseInfo/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs24 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data9.documentation_url !== void 0) {
                                const _errs26 = errors;
                                if (typeof data9.documentation_url !== "string") {
                                  validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/documentation_url", schemaPath: "urn:images:schemas:ResponseInfo/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid7 = _errs26 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data9.source !== void 0) {
                                  let data13 = data9.source;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                      if (data13.pointer !== void 0) {
                                        if (typeof data13.pointer !== "string") {
                                          validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/source/pointer", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate23.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/source", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs28 === errors;
                                } else {
                                  var valid7 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate23.errors = [{ instancePath: instancePath + "/messages/" + i1, schemaPath: "urn:images:schemas:ResponseInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid5 = _errs19 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs17 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.result_info !== void 0) {
                let data15 = data.result_info;
                const _errs32 = errors;
                if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
                  validate23.errors = [{ instancePath: instancePath + "/result_info", schemaPath: "#/properties/result_info/type", keyword: "type", params: { type: schema36.properties.result_info.type }, message: "must be object,null" }];
                  return false;
                }
                var valid0 = _errs32 === errors;
              } else {
                var valid0 = true;
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
validate23.evaluated = { "props": { "success": true, "result": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "description": "The reference pages list every field of an image as optional, so only `id` (without which\nan image cannot be addressed) is required here: a server that omits the others still\nconforms. `x-cf-always-sent` names the fields the API sends on every image, drafts\nincluded; the generated TypeScript types mark them present (so `image.variants[0]` reads\nwithout a guard), the validators do not require them.\n", "type": "object", "required": ["id"], "x-cf-always-sent": ["requireSignedURLs", "uploaded", "variants"], "properties": { "id": { "$ref": "urn:images:schemas:ImageId" }, "filename": { "type": "string", "maxLength": 255 }, "creator": { "type": ["string", "null"], "maxLength": 1024 }, "meta": { "$ref": "urn:images:schemas:Metadata" }, "requireSignedURLs": { "type": "boolean" }, "uploaded": { "type": "string", "format": "date-time" }, "variants": { "description": "Delivery URLs, `https://imagedelivery.net/<account_hash>/<image_id>/<variant>`.", "type": "array", "x-cf-rules": { "served": { "statement": "A stored image is served (its image bytes, a 2xx) at its delivery URL for every variant the account has; a draft, a deleted image and a deleted variant are refused.", "source": "Cloudflare Images docs, Serve images" }, "signed": { "statement": "An image that requires signed URLs is served only with an `exp` in the future and a `sig` that is the HMAC-SHA256, with a current signing key, of the URL's path and `?exp=`; a variant with `neverRequireSignedURLs` is served unsigned.", "source": "Cloudflare Images docs, Serve private images" }, "not-the-api": { "statement": "Delivery and one-time upload URLs are not part of the API and document no status: serving or accepting is any 2xx, refusing any 4xx.", "source": "Cloudflare Images docs, Serve images; Direct creator upload" } }, "items": { "type": "string", "format": "uri" } }, "draft": { "description": "Present and true while a direct upload's file has not arrived.", "const": true } }, "$id": "urn:images:schemas:Image" };
var pattern5 = new RegExp("^[^/]([\\s\\S]*[^/])?$", "u");
var formats0 = require_formats().fastFormats["date-time"];
var formats2 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func1(data0) > 1024) {
                validate26.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate26.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                } else {
                  if (!pattern5.test(data0)) {
                    validate26.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/pattern", keyword: "pattern", params: { pattern: "^[^/]([\\s\\S]*[^/])?$" }, message: 'must match pattern "^[^/]([\\s\\S]*[^/])?$"' }];
                    return false;
                  }
                }
              }
            } else {
              validate26.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.filename !== void 0) {
            let data1 = data.filename;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (func1(data1) > 255) {
                  validate26.errors = [{ instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" }];
                  return false;
                }
              } else {
                validate26.errors = [{ instancePath: instancePath + "/filename", schemaPath: "#/properties/filename/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.creator !== void 0) {
              let data2 = data.creator;
              const _errs6 = errors;
              if (typeof data2 !== "string" && data2 !== null) {
                validate26.errors = [{ instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/type", keyword: "type", params: { type: schema40.properties.creator.type }, message: "must be string,null" }];
                return false;
              }
              if (errors === _errs6) {
                if (typeof data2 === "string") {
                  if (func1(data2) > 1024) {
                    validate26.errors = [{ instancePath: instancePath + "/creator", schemaPath: "#/properties/creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.meta !== void 0) {
                let data3 = data.meta;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  } else {
                    validate26.errors = [{ instancePath: instancePath + "/meta", schemaPath: "urn:images:schemas:Metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.requireSignedURLs !== void 0) {
                  const _errs12 = errors;
                  if (typeof data.requireSignedURLs !== "boolean") {
                    validate26.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.uploaded !== void 0) {
                    let data5 = data.uploaded;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (errors === _errs14) {
                        if (typeof data5 === "string") {
                          if (!formats0.validate.test(data5)) {
                            validate26.errors = [{ instancePath: instancePath + "/uploaded", schemaPath: "#/properties/uploaded/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                            return false;
                          }
                        } else {
                          validate26.errors = [{ instancePath: instancePath + "/uploaded", schemaPath: "#/properties/uploaded/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.variants !== void 0) {
                      let data6 = data.variants;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (Array.isArray(data6)) {
                          var valid3 = true;
                          const len0 = data6.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data7 = data6[i0];
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (errors === _errs18) {
                                if (typeof data7 === "string") {
                                  if (!formats2.test(data7)) {
                                    validate26.errors = [{ instancePath: instancePath + "/variants/" + i0, schemaPath: "#/properties/variants/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                                    return false;
                                  }
                                } else {
                                  validate26.errors = [{ instancePath: instancePath + "/variants/" + i0, schemaPath: "#/properties/variants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                            }
                            var valid3 = _errs18 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate26.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs16 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.draft !== void 0) {
                        const _errs20 = errors;
                        if (true !== data.draft) {
                          validate26.errors = [{ instancePath: instancePath + "/draft", schemaPath: "#/properties/draft/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                          return false;
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
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
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": { "id": true, "filename": true, "creator": true, "meta": true, "requireSignedURLs": true, "uploaded": true, "variants": true, "draft": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.images === void 0 && (missing0 = "images")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.images !== void 0) {
          let data0 = data.images;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs3 = errors;
                if (!validate26(data0[i0], { instancePath: instancePath + "/images/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate25.errors = [{ instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "images": true }, "dynamicProps": false, "dynamicItems": false };
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
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate22.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate25(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate22.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v2 = validate30;
var schema44 = { "description": "Every failed JSON response.", "type": "object", "required": ["success", "errors", "messages", "result"], "properties": { "success": { "const": false }, "errors": { "type": "array", "minItems": 1, "items": { "$ref": "urn:images:schemas:ResponseInfo" } }, "messages": { "type": "array", "items": { "$ref": "urn:images:schemas:ResponseInfo" } }, "result": { "type": "null" }, "result_info": { "type": ["object", "null"] } }, "$id": "urn:images:schemas:Failure" };
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
      if (data.success === void 0 && (missing0 = "success") || data.errors === void 0 && (missing0 = "errors") || data.messages === void 0 && (missing0 = "messages") || data.result === void 0 && (missing0 = "result")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.success !== void 0) {
          const _errs1 = errors;
          if (false !== data.success) {
            validate31.errors = [{ instancePath: instancePath + "/success", schemaPath: "#/properties/success/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.errors !== void 0) {
            let data1 = data.errors;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data1)) {
                if (data1.length < 1) {
                  validate31.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    const _errs4 = errors;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        let missing1;
                        if (data2.code === void 0 && (missing1 = "code") || data2.message === void 0 && (missing1 = "message")) {
                          validate31.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "urn:images:schemas:ResponseInfo/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          if (data2.code !== void 0) {
                            let data3 = data2.code;
                            const _errs7 = errors;
                            if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                              validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs7) {
                              if (typeof data3 == "number" && isFinite(data3)) {
                                if (data3 < 1e3 || isNaN(data3)) {
                                  validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" }];
                                  return false;
                                }
                              }
                            }
                            var valid3 = _errs7 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data2.message !== void 0) {
                              const _errs9 = errors;
                              if (typeof data2.message !== "string") {
                                validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "urn:images:schemas:ResponseInfo/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid3 = _errs9 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data2.documentation_url !== void 0) {
                                const _errs11 = errors;
                                if (typeof data2.documentation_url !== "string") {
                                  validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/documentation_url", schemaPath: "urn:images:schemas:ResponseInfo/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs11 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data2.source !== void 0) {
                                  let data6 = data2.source;
                                  const _errs13 = errors;
                                  if (errors === _errs13) {
                                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                      if (data6.pointer !== void 0) {
                                        if (typeof data6.pointer !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/source/pointer", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate31.errors = [{ instancePath: instancePath + "/errors/" + i0 + "/source", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs13 === errors;
                                } else {
                                  var valid3 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate31.errors = [{ instancePath: instancePath + "/errors/" + i0, schemaPath: "urn:images:schemas:ResponseInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              } else {
                validate31.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.messages !== void 0) {
              let data8 = data.messages;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (Array.isArray(data8)) {
                  var valid5 = true;
                  const len1 = data8.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data9 = data8[i1];
                    const _errs19 = errors;
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        let missing2;
                        if (data9.code === void 0 && (missing2 = "code") || data9.message === void 0 && (missing2 = "message")) {
                          validate31.errors = [{ instancePath: instancePath + "/messages/" + i1, schemaPath: "urn:images:schemas:ResponseInfo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data9.code !== void 0) {
                            let data10 = data9.code;
                            const _errs22 = errors;
                            if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                              validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs22) {
                              if (typeof data10 == "number" && isFinite(data10)) {
                                if (data10 < 1e3 || isNaN(data10)) {
                                  validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" }];
                                  return false;
                                }
                              }
                            }
                            var valid7 = _errs22 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data9.message !== void 0) {
                              const _errs24 = errors;
                              if (typeof data9.message !== "string") {
                                validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/message", schemaPath: "urn:images:schemas:ResponseInfo/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs24 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data9.documentation_url !== void 0) {
                                const _errs26 = errors;
                                if (typeof data9.documentation_url !== "string") {
                                  validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/documentation_url", schemaPath: "urn:images:schemas:ResponseInfo/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid7 = _errs26 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data9.source !== void 0) {
                                  let data13 = data9.source;
                                  const _errs28 = errors;
                                  if (errors === _errs28) {
                                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                      if (data13.pointer !== void 0) {
                                        if (typeof data13.pointer !== "string") {
                                          validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/source/pointer", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate31.errors = [{ instancePath: instancePath + "/messages/" + i1 + "/source", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid7 = _errs28 === errors;
                                } else {
                                  var valid7 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate31.errors = [{ instancePath: instancePath + "/messages/" + i1, schemaPath: "urn:images:schemas:ResponseInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid5 = _errs19 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                } else {
                  validate31.errors = [{ instancePath: instancePath + "/messages", schemaPath: "#/properties/messages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs17 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.result !== void 0) {
                const _errs32 = errors;
                if (data.result !== null) {
                  validate31.errors = [{ instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: "null" }, message: "must be null" }];
                  return false;
                }
                var valid0 = _errs32 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.result_info !== void 0) {
                  let data16 = data.result_info;
                  const _errs34 = errors;
                  if (!(data16 && typeof data16 == "object" && !Array.isArray(data16)) && data16 !== null) {
                    validate31.errors = [{ instancePath: instancePath + "/result_info", schemaPath: "#/properties/result_info/type", keyword: "type", params: { type: schema44.properties.result_info.type }, message: "must be object,null" }];
                    return false;
                  }
                  var valid0 = _errs34 === errors;
                } else {
                  var valid0 = true;
                }
              }
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
validate31.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v3 = validate33;
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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v4 = validate35;
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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v5 = validate37;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v6 = validate39;
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v7 = validate41;
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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v8 = validate43;
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
var v9 = validate44;
var pattern7 = new RegExp("(^|/)\\.\\.?(/|$)|[\\r\\n]", "u");
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
  const _errs0 = errors;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (typeof data === "string") {
      if (!pattern7.test(data)) {
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
    validate47.errors = [{ instancePath, schemaPath: "#/allOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
          validate47.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
          return false;
        } else {
          if (func1(data) < 1) {
            validate47.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
            return false;
          } else {
            if (!pattern5.test(data)) {
              validate47.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/pattern", keyword: "pattern", params: { pattern: "^[^/]([\\s\\S]*[^/])?$" }, message: 'must match pattern "^[^/]([\\s\\S]*[^/])?$"' }];
              return false;
            }
          }
        }
      } else {
        validate47.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
      }
    }
    var valid0 = _errs4 === errors;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern9 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");
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
  const _errs0 = errors;
  if (!validate47(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
        if (!pattern9.test(data)) {
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
      validate46.errors = [{ instancePath, schemaPath: "#/allOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern10 = new RegExp("^\\s*\\{[\\s\\S]*\\}\\s*$", "u");
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
    validate45.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
      validate45.errors = vErrors;
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
          validate45.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
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
                if (!formats2.test(data1)) {
                  validate45.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                  return false;
                }
              } else {
                validate45.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
            if (!validate46(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
                    validate45.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  } else {
                    if (!pattern10.test(data3)) {
                      validate45.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/pattern", keyword: "pattern", params: { pattern: "^\\s*\\{[\\s\\S]*\\}\\s*$" }, message: 'must match pattern "^\\s*\\{[\\s\\S]*\\}\\s*$"' }];
                      return false;
                    }
                  }
                } else {
                  validate45.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate45.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
                        validate45.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                        return false;
                      }
                    } else {
                      validate45.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v10 = validate51;
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
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate52.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate26(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate52.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v11 = validate56;
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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v12 = validate58;
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
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v13 = validate60;
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v14 = validate62;
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v15 = validate64;
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v16 = validate66;
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v17 = validate68;
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v18 = validate70;
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
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
        validate70.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate70.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate70.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate70.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    if (!validate47(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate70.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate70.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v19 = validate72;
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v20 = validate74;
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v21 = validate76;
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v22 = validate78;
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v23 = validate80;
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v24 = validate82;
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v25 = validate84;
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v26 = validate86;
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v27 = validate88;
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
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
        validate88.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate88.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate88.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate88.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    if (!validate47(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate88.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate88.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v28 = validate90;
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate91.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            let data0 = data.result;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (Object.keys(data0).length > 0) {
                  validate91.errors = [{ instancePath: instancePath + "/result", schemaPath: "#/allOf/1/properties/result/maxProperties", keyword: "maxProperties", params: { limit: 0 }, message: "must NOT have more than 0 properties" }];
                  return false;
                }
              } else {
                validate91.errors = [{ instancePath: instancePath + "/result", schemaPath: "#/allOf/1/properties/result/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
          }
        }
      } else {
        validate91.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate91(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
    errors = vErrors.length;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v29 = validate94;
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate94.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
validate94.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v30 = validate96;
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate96.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate96.errors = vErrors;
  return errors === 0;
}
validate96.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v31 = validate98;
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v32 = validate100;
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v33 = validate102;
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v34 = validate104;
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate104.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
validate104.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v35 = validate106;
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v36 = validate108;
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
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
        validate108.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate108.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate108.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate108.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    if (!validate47(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate108.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate108.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v37 = validate110;
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate111.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        validate111.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "creator" || key0 === "metadata" || key0 === "requireSignedURLs")) {
            validate111.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
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
                  validate111.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                  return false;
                }
              } else {
                validate111.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate111.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:Metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate111.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
      validate111.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
validate111.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate110.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate111(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
    errors = vErrors.length;
  }
  validate110.errors = vErrors;
  return errors === 0;
}
validate110.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v38 = validate113;
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate113.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
validate113.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v39 = validate115;
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v40 = validate117;
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v41 = validate119;
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate119.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate119.errors = vErrors;
  return errors === 0;
}
validate119.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v42 = validate121;
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
validate121.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v43 = validate123;
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate123.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate123.errors = vErrors;
  return errors === 0;
}
validate123.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v44 = validate125;
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate125.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
validate125.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v45 = validate127;
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v46 = validate129;
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v47 = validate131;
function validate131(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate131.evaluated;
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
        validate131.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.image_id === void 0 && (missing1 = "image_id")) {
                validate131.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate131.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate131.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    if (!validate47(data0.image_id, { instancePath: instancePath + "/path/image_id", parentData: data0, parentDataProperty: "image_id", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs6 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate131.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate131.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate131.errors = vErrors;
  return errors === 0;
}
validate131.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v48 = validate133;
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate133.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
validate133.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v49 = validate135;
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate135.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate135.errors = vErrors;
  return errors === 0;
}
validate135.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v50 = validate137;
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate137.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate137.errors = vErrors;
  return errors === 0;
}
validate137.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v51 = validate139;
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate139.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate139.errors = vErrors;
  return errors === 0;
}
validate139.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v52 = validate141;
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate141.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate141.errors = vErrors;
  return errors === 0;
}
validate141.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v53 = validate143;
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
validate143.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v54 = validate145;
function validate145(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate145.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate145.errors = vErrors;
  return errors === 0;
}
validate145.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v55 = validate147;
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate147.evaluated;
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
        validate147.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate147.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate147.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate147.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate147.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate147.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate147.errors = vErrors;
  return errors === 0;
}
validate147.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v56 = validate148;
var pattern16 = new RegExp("^[a-zA-Z0-9]+$", "u");
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate152.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.value === void 0 && (missing0 = "value")) {
        validate152.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.name !== void 0) {
          let data0 = data.name;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func1(data0) > 20) {
                validate152.errors = [{ instancePath: instancePath + "/name", schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate152.errors = [{ instancePath: instancePath + "/name", schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                } else {
                  if (!pattern16.test(data0)) {
                    validate152.errors = [{ instancePath: instancePath + "/name", schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                    return false;
                  }
                }
              }
            } else {
              validate152.errors = [{ instancePath: instancePath + "/name", schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.value !== void 0) {
            let data1 = data.value;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (func1(data1) < 1) {
                  validate152.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                }
              } else {
                validate152.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate152.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
validate152.evaluated = { "props": { "name": true, "value": true }, "dynamicProps": false, "dynamicItems": false };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.keys === void 0 && (missing0 = "keys")) {
        validate151.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.keys !== void 0) {
          let data0 = data.keys;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                validate151.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                return false;
              } else {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs3 = errors;
                  if (!validate152(data0[i0], { instancePath: instancePath + "/keys/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            } else {
              validate151.errors = [{ instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate151.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { "props": { "keys": true }, "dynamicProps": false, "dynamicItems": false };
function validate149(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate149.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate149.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate151(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate149.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate149.errors = vErrors;
  return errors === 0;
}
validate149.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate148(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate148.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate149(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
    errors = vErrors.length;
  }
  validate148.errors = vErrors;
  return errors === 0;
}
validate148.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v57 = validate156;
function validate156(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate156.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate156.errors = vErrors;
  return errors === 0;
}
validate156.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v58 = validate158;
function validate158(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate158.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate158.errors = vErrors;
  return errors === 0;
}
validate158.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v59 = validate160;
function validate160(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate160.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate160.errors = vErrors;
  return errors === 0;
}
validate160.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v60 = validate162;
function validate162(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate162.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate162.errors = vErrors;
  return errors === 0;
}
validate162.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v61 = validate164;
function validate164(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate164.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate164.errors = vErrors;
  return errors === 0;
}
validate164.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v62 = validate166;
function validate166(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate166.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate166.errors = vErrors;
  return errors === 0;
}
validate166.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v63 = validate168;
function validate168(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate168.evaluated;
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
        validate168.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.signing_key_name === void 0 && (missing1 = "signing_key_name")) {
                validate168.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate168.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate168.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate168.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate168.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate168.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate168.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate168.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate168.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate168.errors = vErrors;
  return errors === 0;
}
validate168.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v64 = validate169;
function validate169(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate169.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate149(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
    errors = vErrors.length;
  }
  validate169.errors = vErrors;
  return errors === 0;
}
validate169.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v65 = validate171;
function validate171(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate171.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate171.errors = vErrors;
  return errors === 0;
}
validate171.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v66 = validate173;
function validate173(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate173.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate173.errors = vErrors;
  return errors === 0;
}
validate173.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v67 = validate175;
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate175.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate175.errors = vErrors;
  return errors === 0;
}
validate175.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v68 = validate177;
function validate177(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate177.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate177.errors = vErrors;
  return errors === 0;
}
validate177.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v69 = validate179;
function validate179(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate179.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate179.errors = vErrors;
  return errors === 0;
}
validate179.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v70 = validate181;
function validate181(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate181.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate181.errors = vErrors;
  return errors === 0;
}
validate181.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v71 = validate183;
function validate183(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate183.evaluated;
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
        validate183.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.signing_key_name === void 0 && (missing1 = "signing_key_name")) {
                validate183.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate183.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate183.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate183.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate183.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate183.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate183.errors = [{ instancePath: instancePath + "/path/signing_key_name", schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate183.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate183.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate183.errors = vErrors;
  return errors === 0;
}
validate183.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v72 = validate184;
function validate184(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate184.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate149(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
    errors = vErrors.length;
  }
  validate184.errors = vErrors;
  return errors === 0;
}
validate184.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v73 = validate186;
function validate186(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate186.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate186.errors = vErrors;
  return errors === 0;
}
validate186.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v74 = validate188;
function validate188(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate188.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate188.errors = vErrors;
  return errors === 0;
}
validate188.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v75 = validate190;
function validate190(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate190.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate190.errors = vErrors;
  return errors === 0;
}
validate190.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v76 = validate192;
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate192.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate192.errors = vErrors;
  return errors === 0;
}
validate192.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v77 = validate194;
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate194.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate194.errors = vErrors;
  return errors === 0;
}
validate194.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v78 = validate196;
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate196.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate196.errors = vErrors;
  return errors === 0;
}
validate196.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v79 = validate198;
function validate198(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate198.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate198.errors = vErrors;
  return errors === 0;
}
validate198.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v80 = validate200;
function validate200(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate200.evaluated;
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
        validate200.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate200.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate200.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate200.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate200.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate200.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate200.errors = vErrors;
  return errors === 0;
}
validate200.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v81 = validate201;
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate202.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            let data0 = data.result;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0.count === void 0 && (missing1 = "count")) {
                  validate202.errors = [{ instancePath: instancePath + "/result", schemaPath: "urn:images:schemas:Stats/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data0.count !== void 0) {
                    let data1 = data0.count;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        let missing2;
                        if (data1.allowed === void 0 && (missing2 = "allowed") || data1.current === void 0 && (missing2 = "current")) {
                          validate202.errors = [{ instancePath: instancePath + "/result/count", schemaPath: "urn:images:schemas:Stats/properties/count/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data1.allowed !== void 0) {
                            let data2 = data1.allowed;
                            const _errs8 = errors;
                            if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                              validate202.errors = [{ instancePath: instancePath + "/result/count/allowed", schemaPath: "urn:images:schemas:Stats/properties/count/properties/allowed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs8) {
                              if (typeof data2 == "number" && isFinite(data2)) {
                                if (data2 < 0 || isNaN(data2)) {
                                  validate202.errors = [{ instancePath: instancePath + "/result/count/allowed", schemaPath: "urn:images:schemas:Stats/properties/count/properties/allowed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid4 = _errs8 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data1.current !== void 0) {
                              let data3 = data1.current;
                              const _errs10 = errors;
                              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                                validate202.errors = [{ instancePath: instancePath + "/result/count/current", schemaPath: "urn:images:schemas:Stats/properties/count/properties/current/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs10) {
                                if (typeof data3 == "number" && isFinite(data3)) {
                                  if (data3 < 0 || isNaN(data3)) {
                                    validate202.errors = [{ instancePath: instancePath + "/result/count/current", schemaPath: "urn:images:schemas:Stats/properties/count/properties/current/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                              var valid4 = _errs10 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      } else {
                        validate202.errors = [{ instancePath: instancePath + "/result/count", schemaPath: "urn:images:schemas:Stats/properties/count/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate202.errors = [{ instancePath: instancePath + "/result", schemaPath: "urn:images:schemas:Stats/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
          }
        }
      } else {
        validate202.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate201(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate201.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate202(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate202.errors : vErrors.concat(validate202.errors);
    errors = vErrors.length;
  }
  validate201.errors = vErrors;
  return errors === 0;
}
validate201.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v82 = validate205;
function validate205(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate205.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate205.errors = vErrors;
  return errors === 0;
}
validate205.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v83 = validate207;
function validate207(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate207.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate207.errors = vErrors;
  return errors === 0;
}
validate207.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v84 = validate209;
function validate209(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate209.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate209.errors = vErrors;
  return errors === 0;
}
validate209.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v85 = validate211;
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate211.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate211.errors = vErrors;
  return errors === 0;
}
validate211.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v86 = validate213;
function validate213(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate213.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate213.errors = vErrors;
  return errors === 0;
}
validate213.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v87 = validate215;
function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate215.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate215.errors = vErrors;
  return errors === 0;
}
validate215.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v88 = validate217;
function validate217(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate217.evaluated;
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
        validate217.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate217.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate217.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate217.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate217.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate217.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate217.errors = vErrors;
  return errors === 0;
}
validate217.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v89 = validate218;
var schema169 = { "type": "object", "required": ["fit", "metadata", "width", "height"], "additionalProperties": false, "properties": { "fit": { "description": "How width and height are interpreted.", "type": "string", "enum": ["scale-down", "contain", "cover", "crop", "pad"] }, "metadata": { "description": "Which EXIF data the output keeps.", "type": "string", "enum": ["keep", "copyright", "none"] }, "width": { "description": "Maximum width in pixels.", "type": "integer", "minimum": 1 }, "height": { "description": "Maximum height in pixels.", "type": "integer", "minimum": 1 } }, "$id": "urn:images:schemas:VariantOptions" };
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate222.evaluated;
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
        validate222.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func1(data0) > 99) {
                validate222.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate222.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                } else {
                  if (!pattern16.test(data0)) {
                    validate222.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                    return false;
                  }
                }
              }
            } else {
              validate222.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.options !== void 0) {
            let data1 = data.options;
            const _errs4 = errors;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.fit === void 0 && (missing1 = "fit") || data1.metadata === void 0 && (missing1 = "metadata") || data1.width === void 0 && (missing1 = "width") || data1.height === void 0 && (missing1 = "height")) {
                  validate222.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  const _errs7 = errors;
                  for (const key0 in data1) {
                    if (!(key0 === "fit" || key0 === "metadata" || key0 === "width" || key0 === "height")) {
                      validate222.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs7 === errors) {
                    if (data1.fit !== void 0) {
                      let data2 = data1.fit;
                      const _errs8 = errors;
                      if (typeof data2 !== "string") {
                        validate222.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data2 === "scale-down" || data2 === "contain" || data2 === "cover" || data2 === "crop" || data2 === "pad")) {
                        validate222.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema169.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid3 = _errs8 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data1.metadata !== void 0) {
                        let data3 = data1.metadata;
                        const _errs10 = errors;
                        if (typeof data3 !== "string") {
                          validate222.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data3 === "keep" || data3 === "copyright" || data3 === "none")) {
                          validate222.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema169.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
                          return false;
                        }
                        var valid3 = _errs10 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.width !== void 0) {
                          let data4 = data1.width;
                          const _errs12 = errors;
                          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                            validate222.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs12) {
                            if (typeof data4 == "number" && isFinite(data4)) {
                              if (data4 < 1 || isNaN(data4)) {
                                validate222.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid3 = _errs12 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.height !== void 0) {
                            let data5 = data1.height;
                            const _errs14 = errors;
                            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                              validate222.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs14) {
                              if (typeof data5 == "number" && isFinite(data5)) {
                                if (data5 < 1 || isNaN(data5)) {
                                  validate222.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                            var valid3 = _errs14 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate222.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.neverRequireSignedURLs !== void 0) {
              const _errs16 = errors;
              if (typeof data.neverRequireSignedURLs !== "boolean") {
                validate222.errors = [{ instancePath: instancePath + "/neverRequireSignedURLs", schemaPath: "#/properties/neverRequireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid0 = _errs16 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate222.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate222.errors = vErrors;
  return errors === 0;
}
validate222.evaluated = { "props": { "id": true, "options": true, "neverRequireSignedURLs": true }, "dynamicProps": false, "dynamicItems": false };
function validate221(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate221.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.variants === void 0 && (missing0 = "variants")) {
        validate221.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.variants !== void 0) {
          let data0 = data.variants;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (Object.keys(data0).length > 100) {
                validate221.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties" }];
                return false;
              } else {
                for (const key0 in data0) {
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof key0 === "string") {
                      if (func1(key0) > 99) {
                        const err0 = { instancePath: instancePath + "/variants", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters", propertyName: key0 };
                        if (vErrors === null) {
                          vErrors = [err0];
                        } else {
                          vErrors.push(err0);
                        }
                        errors++;
                      } else {
                        if (func1(key0) < 1) {
                          const err1 = { instancePath: instancePath + "/variants", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key0 };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                        } else {
                          if (!pattern16.test(key0)) {
                            const err2 = { instancePath: instancePath + "/variants", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"', propertyName: key0 };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err3 = { instancePath: instancePath + "/variants", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                    }
                  }
                  var valid1 = _errs3 === errors;
                  if (!valid1) {
                    const err4 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                    validate221.errors = vErrors;
                    return false;
                    break;
                  }
                }
                if (valid1) {
                  for (const key1 in data0) {
                    const _errs7 = errors;
                    if (!validate222(data0[key1], { instancePath: instancePath + "/variants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
                      errors = vErrors.length;
                    }
                    var valid3 = _errs7 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate221.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate221.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate221.errors = vErrors;
  return errors === 0;
}
validate221.evaluated = { "props": { "variants": true }, "dynamicProps": false, "dynamicItems": false };
function validate219(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate219.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate219.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate221(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate219.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate219.errors = vErrors;
  return errors === 0;
}
validate219.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate218(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate218.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate219(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
    errors = vErrors.length;
  }
  validate218.errors = vErrors;
  return errors === 0;
}
validate218.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v90 = validate226;
function validate226(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate226.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate226.errors = vErrors;
  return errors === 0;
}
validate226.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v91 = validate228;
function validate228(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate228.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate228.errors = vErrors;
  return errors === 0;
}
validate228.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v92 = validate230;
function validate230(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate230.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate230.errors = vErrors;
  return errors === 0;
}
validate230.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v93 = validate232;
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate232.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate232.errors = vErrors;
  return errors === 0;
}
validate232.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v94 = validate234;
function validate234(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate234.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate234.errors = vErrors;
  return errors === 0;
}
validate234.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v95 = validate236;
function validate236(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate236.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate236.errors = vErrors;
  return errors === 0;
}
validate236.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v96 = validate238;
function validate238(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate238.evaluated;
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
        validate238.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate238.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate238.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate238.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate238.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate238.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate238.errors = vErrors;
  return errors === 0;
}
validate238.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v97 = validate239;
function validate240(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate240.evaluated;
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
        validate240.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "options" || key0 === "neverRequireSignedURLs")) {
            validate240.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
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
                  validate240.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                  return false;
                } else {
                  if (func1(data0) < 1) {
                    validate240.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  } else {
                    if (!pattern16.test(data0)) {
                      validate240.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                      return false;
                    }
                  }
                }
              } else {
                validate240.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate240.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    const _errs8 = errors;
                    for (const key1 in data1) {
                      if (!(key1 === "fit" || key1 === "metadata" || key1 === "width" || key1 === "height")) {
                        validate240.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                      }
                    }
                    if (_errs8 === errors) {
                      if (data1.fit !== void 0) {
                        let data2 = data1.fit;
                        const _errs9 = errors;
                        if (typeof data2 !== "string") {
                          validate240.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data2 === "scale-down" || data2 === "contain" || data2 === "cover" || data2 === "crop" || data2 === "pad")) {
                          validate240.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema169.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
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
                            validate240.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          if (!(data3 === "keep" || data3 === "copyright" || data3 === "none")) {
                            validate240.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema169.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
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
                              validate240.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs13) {
                              if (typeof data4 == "number" && isFinite(data4)) {
                                if (data4 < 1 || isNaN(data4)) {
                                  validate240.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                                validate240.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs15) {
                                if (typeof data5 == "number" && isFinite(data5)) {
                                  if (data5 < 1 || isNaN(data5)) {
                                    validate240.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                  validate240.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate240.errors = [{ instancePath: instancePath + "/neverRequireSignedURLs", schemaPath: "#/properties/neverRequireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
      validate240.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate240.errors = vErrors;
  return errors === 0;
}
validate240.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate239(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate239.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate240(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate240.errors : vErrors.concat(validate240.errors);
    errors = vErrors.length;
  }
  validate239.errors = vErrors;
  return errors === 0;
}
validate239.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v98 = validate242;
function validate245(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate245.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.variant === void 0 && (missing0 = "variant")) {
        validate245.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.variant !== void 0) {
          if (!validate222(data.variant, { instancePath: instancePath + "/variant", parentData: data, parentDataProperty: "variant", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate245.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate245.errors = vErrors;
  return errors === 0;
}
validate245.evaluated = { "props": { "variant": true }, "dynamicProps": false, "dynamicItems": false };
function validate243(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate243.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate243.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate245(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate245.errors : vErrors.concat(validate245.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate243.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate243.errors = vErrors;
  return errors === 0;
}
validate243.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate242.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate243(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
    errors = vErrors.length;
  }
  validate242.errors = vErrors;
  return errors === 0;
}
validate242.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v99 = validate249;
function validate249(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate249.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate249.errors = vErrors;
  return errors === 0;
}
validate249.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v100 = validate251;
function validate251(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate251.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate251.errors = vErrors;
  return errors === 0;
}
validate251.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v101 = validate253;
function validate253(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate253.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate253.errors = vErrors;
  return errors === 0;
}
validate253.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v102 = validate255;
function validate255(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate255.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate255.errors = vErrors;
  return errors === 0;
}
validate255.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v103 = validate257;
function validate257(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate257.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate257.errors = vErrors;
  return errors === 0;
}
validate257.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v104 = validate259;
function validate259(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate259.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate259.errors = vErrors;
  return errors === 0;
}
validate259.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v105 = validate261;
function validate261(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate261.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate261.errors = vErrors;
  return errors === 0;
}
validate261.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v106 = validate263;
function validate263(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate263.evaluated;
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
        validate263.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate263.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate263.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate263.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate263.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate263.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate263.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate263.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate263.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate263.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate263.errors = vErrors;
  return errors === 0;
}
validate263.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v107 = validate264;
function validate264(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate264.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate243(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
    errors = vErrors.length;
  }
  validate264.errors = vErrors;
  return errors === 0;
}
validate264.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v108 = validate266;
function validate266(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate266.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate266.errors = vErrors;
  return errors === 0;
}
validate266.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v109 = validate268;
function validate268(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate268.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate268.errors = vErrors;
  return errors === 0;
}
validate268.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v110 = validate270;
function validate270(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate270.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate270.errors = vErrors;
  return errors === 0;
}
validate270.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v111 = validate272;
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate272.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate272.errors = vErrors;
  return errors === 0;
}
validate272.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v112 = validate274;
function validate274(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate274.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate274.errors = vErrors;
  return errors === 0;
}
validate274.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v113 = validate276;
function validate276(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate276.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate276.errors = vErrors;
  return errors === 0;
}
validate276.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v114 = validate278;
function validate278(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate278.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate278.errors = vErrors;
  return errors === 0;
}
validate278.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v115 = validate280;
function validate280(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate280.evaluated;
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
        validate280.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate280.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate280.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate280.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate280.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate280.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate280.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate280.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate280.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate280.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate280.errors = vErrors;
  return errors === 0;
}
validate280.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v116 = validate281;
function validate281(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate281.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate91(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
    errors = vErrors.length;
  }
  validate281.errors = vErrors;
  return errors === 0;
}
validate281.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v117 = validate283;
function validate283(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate283.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate283.errors = vErrors;
  return errors === 0;
}
validate283.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v118 = validate285;
function validate285(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate285.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate285.errors = vErrors;
  return errors === 0;
}
validate285.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v119 = validate287;
function validate287(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate287.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate287.errors = vErrors;
  return errors === 0;
}
validate287.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v120 = validate289;
function validate289(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate289.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate289.errors = vErrors;
  return errors === 0;
}
validate289.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v121 = validate291;
function validate291(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate291.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate291.errors = vErrors;
  return errors === 0;
}
validate291.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v122 = validate293;
function validate293(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate293.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate293.errors = vErrors;
  return errors === 0;
}
validate293.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v123 = validate295;
function validate295(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate295.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate295.errors = vErrors;
  return errors === 0;
}
validate295.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v124 = validate297;
function validate297(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate297.evaluated;
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
        validate297.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id") || data0.variant_id === void 0 && (missing1 = "variant_id")) {
                validate297.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs3 = errors;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate297.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate297.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                          validate297.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
                          return false;
                        } else {
                          if (func1(data2) < 1) {
                            validate297.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                            return false;
                          } else {
                            if (!pattern16.test(data2)) {
                              validate297.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate297.errors = [{ instancePath: instancePath + "/path/variant_id", schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate297.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate297.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate297.errors = vErrors;
  return errors === 0;
}
validate297.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v125 = validate298;
function validate299(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate299.evaluated;
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
        validate299.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "options" || key0 === "neverRequireSignedURLs")) {
            validate299.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
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
                  validate299.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  const _errs5 = errors;
                  for (const key1 in data0) {
                    if (!(key1 === "fit" || key1 === "metadata" || key1 === "width" || key1 === "height")) {
                      validate299.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                      return false;
                      break;
                    }
                  }
                  if (_errs5 === errors) {
                    if (data0.fit !== void 0) {
                      let data1 = data0.fit;
                      const _errs6 = errors;
                      if (typeof data1 !== "string") {
                        validate299.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data1 === "scale-down" || data1 === "contain" || data1 === "cover" || data1 === "crop" || data1 === "pad")) {
                        validate299.errors = [{ instancePath: instancePath + "/options/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema169.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
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
                          validate299.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        if (!(data2 === "keep" || data2 === "copyright" || data2 === "none")) {
                          validate299.errors = [{ instancePath: instancePath + "/options/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema169.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
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
                            validate299.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs10) {
                            if (typeof data3 == "number" && isFinite(data3)) {
                              if (data3 < 1 || isNaN(data3)) {
                                validate299.errors = [{ instancePath: instancePath + "/options/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                              validate299.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs12) {
                              if (typeof data4 == "number" && isFinite(data4)) {
                                if (data4 < 1 || isNaN(data4)) {
                                  validate299.errors = [{ instancePath: instancePath + "/options/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
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
                validate299.errors = [{ instancePath: instancePath + "/options", schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate299.errors = [{ instancePath: instancePath + "/neverRequireSignedURLs", schemaPath: "#/properties/neverRequireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
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
      validate299.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate299.errors = vErrors;
  return errors === 0;
}
validate299.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate298(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate298.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate299(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
    errors = vErrors.length;
  }
  validate298.errors = vErrors;
  return errors === 0;
}
validate298.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v126 = validate301;
function validate301(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate301.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate243(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
    errors = vErrors.length;
  }
  validate301.errors = vErrors;
  return errors === 0;
}
validate301.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v127 = validate303;
function validate303(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate303.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate303.errors = vErrors;
  return errors === 0;
}
validate303.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v128 = validate305;
function validate305(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate305.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate305.errors = vErrors;
  return errors === 0;
}
validate305.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v129 = validate307;
function validate307(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate307.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate307.errors = vErrors;
  return errors === 0;
}
validate307.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v130 = validate309;
function validate309(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate309.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate309.errors = vErrors;
  return errors === 0;
}
validate309.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v131 = validate311;
function validate311(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate311.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate311.errors = vErrors;
  return errors === 0;
}
validate311.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v132 = validate313;
function validate313(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate313.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate313.errors = vErrors;
  return errors === 0;
}
validate313.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v133 = validate315;
function validate315(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate315.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate315.errors = vErrors;
  return errors === 0;
}
validate315.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v134 = validate317;
function validate317(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate317.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate317.errors = vErrors;
  return errors === 0;
}
validate317.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v135 = validate319;
var schema229 = { "type": "object", "properties": { "path": { "type": "object", "properties": { "account_id": { "$ref": "urn:images:schemas:AccountId" } }, "required": ["account_id"] }, "query": { "type": "object", "properties": { "continuation_token": { "type": "string", "minLength": 1, "examples": ["iD0bxlWFSVUWsDHbzIqvDkgBW4otifAAuGXLz1n8BQA"] }, "per_page": { "type": "integer", "minimum": 10, "maximum": 1e4, "default": 1e3, "examples": [100] }, "sort_order": { "type": "string", "enum": ["asc", "desc"], "default": "desc" }, "creator": { "$ref": "urn:images:schemas:Creator" }, "meta": { "$ref": "urn:images:schemas:MetadataFilters" } }, "required": [] } }, "required": ["path"], "$id": "v135" };
var schema232 = { "description": "Query keys `meta.<path>[<operator>]` and their values; see the `meta` parameter.", "type": "object", "maxProperties": 5, "propertyNames": { "pattern": "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$" }, "patternProperties": { "\\[eq(:string)?\\]$": { "type": "string" }, "\\[eq:boolean\\]$": { "type": "string", "enum": ["true", "false"] }, "\\[(eq:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" }, "\\[in(:string)?\\]$": { "type": "string", "pattern": "^[^|]*(\\|[^|]*){0,9}$" }, "\\[in:number\\]$": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$" } }, "additionalProperties": { "type": "string" }, "examples": [{ "meta.status[eq:string]": "active", "meta.region.name[in]": "eu-west|us-east" }], "$id": "urn:images:schemas:MetadataFilters" };
var pattern34 = new RegExp("^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$", "u");
var pattern35 = new RegExp("\\[eq(:string)?\\]$", "u");
var pattern36 = new RegExp("\\[eq:boolean\\]$", "u");
var pattern37 = new RegExp("\\[(eq:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$", "u");
var pattern38 = new RegExp("\\[in(:string)?\\]$", "u");
var pattern39 = new RegExp("\\[in:number\\]$", "u");
var pattern43 = new RegExp("^-?[0-9]+(\\.[0-9]+)?$", "u");
var pattern45 = new RegExp("^[^|]*(\\|[^|]*){0,9}$", "u");
var pattern47 = new RegExp("^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$", "u");
function validate319(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate319.evaluated;
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
        validate319.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate319.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate319.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate319.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate319.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                        validate319.errors = [{ instancePath: instancePath + "/query/continuation_token", schemaPath: "#/properties/query/properties/continuation_token/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate319.errors = [{ instancePath: instancePath + "/query/continuation_token", schemaPath: "#/properties/query/properties/continuation_token/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate319.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs10) {
                      if (typeof data4 == "number" && isFinite(data4)) {
                        if (data4 > 1e4 || isNaN(data4)) {
                          validate319.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" }];
                          return false;
                        } else {
                          if (data4 < 10 || isNaN(data4)) {
                            validate319.errors = [{ instancePath: instancePath + "/query/per_page", schemaPath: "#/properties/query/properties/per_page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 10 }, message: "must be >= 10" }];
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
                        validate319.errors = [{ instancePath: instancePath + "/query/sort_order", schemaPath: "#/properties/query/properties/sort_order/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      if (!(data5 === "asc" || data5 === "desc")) {
                        validate319.errors = [{ instancePath: instancePath + "/query/sort_order", schemaPath: "#/properties/query/properties/sort_order/enum", keyword: "enum", params: { allowedValues: schema229.properties.query.properties.sort_order.enum }, message: "must be equal to one of the allowed values" }];
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
                              validate319.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                              return false;
                            }
                          } else {
                            validate319.errors = [{ instancePath: instancePath + "/query/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate319.errors = [{ instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/maxProperties", keyword: "maxProperties", params: { limit: 5 }, message: "must NOT have more than 5 properties" }];
                                return false;
                              } else {
                                for (const key0 in data7) {
                                  const _errs20 = errors;
                                  if (typeof key0 === "string") {
                                    if (!pattern34.test(key0)) {
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
                                    validate319.errors = vErrors;
                                    return false;
                                    break;
                                  }
                                }
                                if (valid6) {
                                  const _errs21 = errors;
                                  for (const key1 in data7) {
                                    if (!(pattern35.test(key1) || pattern36.test(key1) || pattern37.test(key1) || pattern38.test(key1) || pattern39.test(key1))) {
                                      const _errs22 = errors;
                                      if (typeof data7[key1] !== "string") {
                                        validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      if (pattern35.test(key2)) {
                                        const _errs24 = errors;
                                        if (typeof data7[key2] !== "string") {
                                          validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        if (pattern36.test(key3)) {
                                          let data10 = data7[key3];
                                          const _errs26 = errors;
                                          if (typeof data10 !== "string") {
                                            validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          if (!(data10 === "true" || data10 === "false")) {
                                            validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/enum", keyword: "enum", params: { allowedValues: schema232.patternProperties["\\[eq:boolean\\]$"].enum }, message: "must be equal to one of the allowed values" }];
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
                                          if (pattern37.test(key4)) {
                                            let data11 = data7[key4];
                                            const _errs28 = errors;
                                            if (errors === _errs28) {
                                              if (typeof data11 === "string") {
                                                if (!pattern43.test(data11)) {
                                                  validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?$"' }];
                                                  return false;
                                                }
                                              } else {
                                                validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                            if (pattern38.test(key5)) {
                                              let data12 = data7[key5];
                                              const _errs30 = errors;
                                              if (errors === _errs30) {
                                                if (typeof data12 === "string") {
                                                  if (!pattern45.test(data12)) {
                                                    validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^[^|]*(\\|[^|]*){0,9}$" }, message: 'must match pattern "^[^|]*(\\|[^|]*){0,9}$"' }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                              if (pattern39.test(key6)) {
                                                let data13 = data7[key6];
                                                const _errs32 = errors;
                                                if (errors === _errs32) {
                                                  if (typeof data13 === "string") {
                                                    if (!pattern47.test(data13)) {
                                                      validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$"' }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate319.errors = [{ instancePath: instancePath + "/query/meta/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate319.errors = [{ instancePath: instancePath + "/query/meta", schemaPath: "urn:images:schemas:MetadataFilters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate319.errors = [{ instancePath: instancePath + "/query", schemaPath: "#/properties/query/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate319.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate319.errors = vErrors;
  return errors === 0;
}
validate319.evaluated = { "props": { "path": true, "query": true }, "dynamicProps": false, "dynamicItems": false };
var v136 = validate320;
var schema235 = { "type": "object", "required": ["images"], "properties": { "continuation_token": { "description": "Pass as `continuation_token` to get the next page; absent or null on the last page.", "type": ["string", "null"] }, "images": { "type": "array", "items": { "$ref": "urn:images:schemas:Image" } } }, "$id": "urn:images:schemas:ImageListV2" };
function validate323(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate323.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.images === void 0 && (missing0 = "images")) {
        validate323.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.continuation_token !== void 0) {
          let data0 = data.continuation_token;
          const _errs1 = errors;
          if (typeof data0 !== "string" && data0 !== null) {
            validate323.errors = [{ instancePath: instancePath + "/continuation_token", schemaPath: "#/properties/continuation_token/type", keyword: "type", params: { type: schema235.properties.continuation_token.type }, message: "must be string,null" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.images !== void 0) {
            let data1 = data.images;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs5 = errors;
                  if (!validate26(data1[i0], { instancePath: instancePath + "/images/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate323.errors = [{ instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate323.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate323.errors = vErrors;
  return errors === 0;
}
validate323.evaluated = { "props": { "continuation_token": true, "images": true }, "dynamicProps": false, "dynamicItems": false };
function validate321(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate321.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate321.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate323(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate323.errors : vErrors.concat(validate323.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate321.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate321.errors = vErrors;
  return errors === 0;
}
validate321.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate320(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate320.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate321(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate321.errors : vErrors.concat(validate321.errors);
    errors = vErrors.length;
  }
  validate320.errors = vErrors;
  return errors === 0;
}
validate320.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v137 = validate327;
function validate327(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate327.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate327.errors = vErrors;
  return errors === 0;
}
validate327.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v138 = validate329;
function validate329(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate329.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate329.errors = vErrors;
  return errors === 0;
}
validate329.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v139 = validate331;
function validate331(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate331.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate331.errors = vErrors;
  return errors === 0;
}
validate331.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v140 = validate333;
function validate333(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate333.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate333.errors = vErrors;
  return errors === 0;
}
validate333.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v141 = validate335;
function validate335(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate335.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate335.errors = vErrors;
  return errors === 0;
}
validate335.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v142 = validate337;
function validate337(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate337.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate337.errors = vErrors;
  return errors === 0;
}
validate337.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v143 = validate339;
function validate339(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate339.evaluated;
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
        validate339.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.path !== void 0) {
          let data0 = data.path;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.account_id === void 0 && (missing1 = "account_id")) {
                validate339.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.account_id !== void 0) {
                  let data1 = data0.account_id;
                  const _errs4 = errors;
                  if (errors === _errs4) {
                    if (typeof data1 === "string") {
                      if (!pattern4.test(data1)) {
                        validate339.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
                        return false;
                      }
                    } else {
                      validate339.errors = [{ instancePath: instancePath + "/path/account_id", schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate339.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate339.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate339.errors = vErrors;
  return errors === 0;
}
validate339.evaluated = { "props": { "path": true }, "dynamicProps": false, "dynamicItems": false };
var v144 = validate340;
function validate341(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate341.evaluated;
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
    validate341.errors = [{ instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid" }];
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
        validate341.errors = [{ instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
        return false;
      } else {
        const _errs4 = errors;
        for (const key0 in data) {
          if (!(key0 === "expiry" || key0 === "metadata" || key0 === "requireSignedURLs" || key0 === "id" || key0 === "creator")) {
            validate341.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
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
                  if (!formats0.validate.test(data1)) {
                    validate341.errors = [{ instancePath: instancePath + "/expiry", schemaPath: "#/properties/expiry/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' }];
                    return false;
                  }
                } else {
                  validate341.errors = [{ instancePath: instancePath + "/expiry", schemaPath: "#/properties/expiry/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                    validate341.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                    return false;
                  } else {
                    if (!pattern10.test(data2)) {
                      validate341.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/pattern", keyword: "pattern", params: { pattern: "^\\s*\\{[\\s\\S]*\\}\\s*$" }, message: 'must match pattern "^\\s*\\{[\\s\\S]*\\}\\s*$"' }];
                      return false;
                    }
                  }
                } else {
                  validate341.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:MetadataJson/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate341.errors = [{ instancePath: instancePath + "/requireSignedURLs", schemaPath: "#/properties/requireSignedURLs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid2 = _errs10 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data.id !== void 0) {
                  const _errs12 = errors;
                  if (!validate46(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
                          validate341.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                          return false;
                        }
                      } else {
                        validate341.errors = [{ instancePath: instancePath + "/creator", schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
      validate341.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate341.errors = vErrors;
  return errors === 0;
}
validate341.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate340(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate340.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate341(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate341.errors : vErrors.concat(validate341.errors);
    errors = vErrors.length;
  }
  validate340.errors = vErrors;
  return errors === 0;
}
validate340.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v145 = validate344;
function validate347(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate347.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.uploadURL === void 0 && (missing0 = "uploadURL")) {
        validate347.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          let data0 = data.id;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (typeof data0 === "string") {
              if (func1(data0) > 1024) {
                validate347.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate347.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                  return false;
                } else {
                  if (!pattern5.test(data0)) {
                    validate347.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/pattern", keyword: "pattern", params: { pattern: "^[^/]([\\s\\S]*[^/])?$" }, message: 'must match pattern "^[^/]([\\s\\S]*[^/])?$"' }];
                    return false;
                  }
                }
              }
            } else {
              validate347.errors = [{ instancePath: instancePath + "/id", schemaPath: "urn:images:schemas:ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.uploadURL !== void 0) {
            let data1 = data.uploadURL;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (!formats2.test(data1)) {
                    validate347.errors = [{ instancePath: instancePath + "/uploadURL", schemaPath: "#/properties/uploadURL/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' }];
                    return false;
                  }
                } else {
                  validate347.errors = [{ instancePath: instancePath + "/uploadURL", schemaPath: "#/properties/uploadURL/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate347.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate347.errors = vErrors;
  return errors === 0;
}
validate347.evaluated = { "props": { "id": true, "uploadURL": true }, "dynamicProps": false, "dynamicItems": false };
function validate345(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate345.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (!validate23(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.result === void 0 && (missing0 = "result")) {
          validate345.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.result !== void 0) {
            if (!validate347(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate347.errors : vErrors.concat(validate347.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        validate345.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate345.errors = vErrors;
  return errors === 0;
}
validate345.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
function validate344(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate344.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate345(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate345.errors : vErrors.concat(validate345.errors);
    errors = vErrors.length;
  }
  validate344.errors = vErrors;
  return errors === 0;
}
validate344.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v146 = validate350;
function validate350(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate350.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate350.errors = vErrors;
  return errors === 0;
}
validate350.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v147 = validate352;
function validate352(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate352.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate352.errors = vErrors;
  return errors === 0;
}
validate352.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v148 = validate354;
function validate354(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate354.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate354.errors = vErrors;
  return errors === 0;
}
validate354.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v149 = validate356;
function validate356(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate356.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate356.errors = vErrors;
  return errors === 0;
}
validate356.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v150 = validate358;
function validate358(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate358.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate358.errors = vErrors;
  return errors === 0;
}
validate358.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v151 = validate360;
function validate360(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate360.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate360.errors = vErrors;
  return errors === 0;
}
validate360.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v152 = validate362;
function validate362(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate362.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate362.errors = vErrors;
  return errors === 0;
}
validate362.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v153 = validate364;
function validate364(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate364.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (!pattern4.test(data)) {
        validate364.errors = [{ instancePath, schemaPath: "urn:images:schemas:AccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"' }];
        return false;
      }
    } else {
      validate364.errors = [{ instancePath, schemaPath: "urn:images:schemas:AccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate364.errors = vErrors;
  return errors === 0;
}
validate364.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v154 = validate365;
function validate365(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate365.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (func1(data) > 1024) {
        validate365.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
        return false;
      } else {
        if (func1(data) < 1) {
          validate365.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
          return false;
        } else {
          if (!pattern5.test(data)) {
            validate365.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/pattern", keyword: "pattern", params: { pattern: "^[^/]([\\s\\S]*[^/])?$" }, message: 'must match pattern "^[^/]([\\s\\S]*[^/])?$"' }];
            return false;
          }
        }
      }
    } else {
      validate365.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate365.errors = vErrors;
  return errors === 0;
}
validate365.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v155 = validate366;
function validate366(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate366.evaluated;
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
  validate366.errors = vErrors;
  return errors === 0;
}
validate366.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v156 = validate368;
function validate368(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate368.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (!pattern9.test(data)) {
        validate368.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageUuid/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" }, message: 'must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"' }];
        return false;
      }
    } else {
      validate368.errors = [{ instancePath, schemaPath: "urn:images:schemas:ImageUuid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate368.errors = vErrors;
  return errors === 0;
}
validate368.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v157 = validate369;
function validate369(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate369.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate46(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
    errors = vErrors.length;
  }
  validate369.errors = vErrors;
  return errors === 0;
}
validate369.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v158 = validate371;
function validate371(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate371.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (func1(data) > 99) {
        validate371.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantName/maxLength", keyword: "maxLength", params: { limit: 99 }, message: "must NOT have more than 99 characters" }];
        return false;
      } else {
        if (func1(data) < 1) {
          validate371.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
          return false;
        } else {
          if (!pattern16.test(data)) {
            validate371.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
            return false;
          }
        }
      }
    } else {
      validate371.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate371.errors = vErrors;
  return errors === 0;
}
validate371.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v159 = validate372;
function validate372(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate372.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (func1(data) > 20) {
        validate372.errors = [{ instancePath, schemaPath: "urn:images:schemas:SigningKeyName/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" }];
        return false;
      } else {
        if (func1(data) < 1) {
          validate372.errors = [{ instancePath, schemaPath: "urn:images:schemas:SigningKeyName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
          return false;
        } else {
          if (!pattern16.test(data)) {
            validate372.errors = [{ instancePath, schemaPath: "urn:images:schemas:SigningKeyName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]+$" }, message: 'must match pattern "^[a-zA-Z0-9]+$"' }];
            return false;
          }
        }
      }
    } else {
      validate372.errors = [{ instancePath, schemaPath: "urn:images:schemas:SigningKeyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate372.errors = vErrors;
  return errors === 0;
}
validate372.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v160 = validate373;
function validate373(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate373.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (func1(data) > 1024) {
        validate373.errors = [{ instancePath, schemaPath: "urn:images:schemas:Creator/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
        return false;
      }
    } else {
      validate373.errors = [{ instancePath, schemaPath: "urn:images:schemas:Creator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate373.errors = vErrors;
  return errors === 0;
}
validate373.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v161 = validate374;
function validate374(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate374.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
    } else {
      validate374.errors = [{ instancePath, schemaPath: "urn:images:schemas:Metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate374.errors = vErrors;
  return errors === 0;
}
validate374.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v162 = validate375;
function validate375(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate375.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (typeof data === "string") {
      if (func1(data) > 1024) {
        validate375.errors = [{ instancePath, schemaPath: "urn:images:schemas:MetadataJson/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" }];
        return false;
      } else {
        if (!pattern10.test(data)) {
          validate375.errors = [{ instancePath, schemaPath: "urn:images:schemas:MetadataJson/pattern", keyword: "pattern", params: { pattern: "^\\s*\\{[\\s\\S]*\\}\\s*$" }, message: 'must match pattern "^\\s*\\{[\\s\\S]*\\}\\s*$"' }];
          return false;
        }
      }
    } else {
      validate375.errors = [{ instancePath, schemaPath: "urn:images:schemas:MetadataJson/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate375.errors = vErrors;
  return errors === 0;
}
validate375.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v163 = validate376;
function validate376(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate376.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  validate376.errors = vErrors;
  return errors === 0;
}
validate376.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v164 = validate377;
function validate377(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate377.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.code === void 0 && (missing0 = "code") || data.message === void 0 && (missing0 = "message")) {
        validate377.errors = [{ instancePath, schemaPath: "urn:images:schemas:ResponseInfo/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.code !== void 0) {
          let data0 = data.code;
          const _errs2 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate377.errors = [{ instancePath: instancePath + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
            return false;
          }
          if (errors === _errs2) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 1e3 || isNaN(data0)) {
                validate377.errors = [{ instancePath: instancePath + "/code", schemaPath: "urn:images:schemas:ResponseInfo/properties/code/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" }];
                return false;
              }
            }
          }
          var valid1 = _errs2 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.message !== void 0) {
            const _errs4 = errors;
            if (typeof data.message !== "string") {
              validate377.errors = [{ instancePath: instancePath + "/message", schemaPath: "urn:images:schemas:ResponseInfo/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.documentation_url !== void 0) {
              const _errs6 = errors;
              if (typeof data.documentation_url !== "string") {
                validate377.errors = [{ instancePath: instancePath + "/documentation_url", schemaPath: "urn:images:schemas:ResponseInfo/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.source !== void 0) {
                let data3 = data.source;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.pointer !== void 0) {
                      if (typeof data3.pointer !== "string") {
                        validate377.errors = [{ instancePath: instancePath + "/source/pointer", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                  } else {
                    validate377.errors = [{ instancePath: instancePath + "/source", schemaPath: "urn:images:schemas:ResponseInfo/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid1 = _errs8 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      }
    } else {
      validate377.errors = [{ instancePath, schemaPath: "urn:images:schemas:ResponseInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate377.errors = vErrors;
  return errors === 0;
}
validate377.evaluated = { "props": { "code": true, "message": true, "documentation_url": true, "source": true }, "dynamicProps": false, "dynamicItems": false };
var v165 = validate378;
function validate378(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate378.evaluated;
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
  validate378.errors = vErrors;
  return errors === 0;
}
validate378.evaluated = { "props": { "success": true, "result": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v166 = validate380;
function validate380(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate380.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  validate380.errors = vErrors;
  return errors === 0;
}
validate380.evaluated = { "props": { "success": true, "errors": true, "messages": true, "result": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v167 = validate382;
function validate382(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate382.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
    errors = vErrors.length;
  }
  validate382.errors = vErrors;
  return errors === 0;
}
validate382.evaluated = { "props": { "id": true, "filename": true, "creator": true, "meta": true, "requireSignedURLs": true, "uploaded": true, "variants": true, "draft": true }, "dynamicProps": false, "dynamicItems": false };
var v168 = validate384;
function validate384(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate384.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate25(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
    errors = vErrors.length;
  }
  validate384.errors = vErrors;
  return errors === 0;
}
validate384.evaluated = { "props": { "images": true }, "dynamicProps": false, "dynamicItems": false };
var v169 = validate386;
function validate386(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate386.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate323(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate323.errors : vErrors.concat(validate323.errors);
    errors = vErrors.length;
  }
  validate386.errors = vErrors;
  return errors === 0;
}
validate386.evaluated = { "props": { "continuation_token": true, "images": true }, "dynamicProps": false, "dynamicItems": false };
var v170 = validate388;
function validate388(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate388.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate45(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
    errors = vErrors.length;
  }
  validate388.errors = vErrors;
  return errors === 0;
}
validate388.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v171 = validate390;
function validate390(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate390.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate111(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
    errors = vErrors.length;
  }
  validate390.errors = vErrors;
  return errors === 0;
}
validate390.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v172 = validate392;
function validate392(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate392.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate341(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate341.errors : vErrors.concat(validate341.errors);
    errors = vErrors.length;
  }
  validate392.errors = vErrors;
  return errors === 0;
}
validate392.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v173 = validate394;
function validate394(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate394.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate347(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate347.errors : vErrors.concat(validate347.errors);
    errors = vErrors.length;
  }
  validate394.errors = vErrors;
  return errors === 0;
}
validate394.evaluated = { "props": { "id": true, "uploadURL": true }, "dynamicProps": false, "dynamicItems": false };
var v174 = validate396;
function validate396(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate396.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate152(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
    errors = vErrors.length;
  }
  validate396.errors = vErrors;
  return errors === 0;
}
validate396.evaluated = { "props": { "name": true, "value": true }, "dynamicProps": false, "dynamicItems": false };
var v175 = validate398;
function validate398(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate398.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate151(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
    errors = vErrors.length;
  }
  validate398.errors = vErrors;
  return errors === 0;
}
validate398.evaluated = { "props": { "keys": true }, "dynamicProps": false, "dynamicItems": false };
var v176 = validate400;
function validate400(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate400.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.count === void 0 && (missing0 = "count")) {
        validate400.errors = [{ instancePath, schemaPath: "urn:images:schemas:Stats/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.count !== void 0) {
          let data0 = data.count;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.allowed === void 0 && (missing1 = "allowed") || data0.current === void 0 && (missing1 = "current")) {
                validate400.errors = [{ instancePath: instancePath + "/count", schemaPath: "urn:images:schemas:Stats/properties/count/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.allowed !== void 0) {
                  let data1 = data0.allowed;
                  const _errs4 = errors;
                  if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                    validate400.errors = [{ instancePath: instancePath + "/count/allowed", schemaPath: "urn:images:schemas:Stats/properties/count/properties/allowed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs4) {
                    if (typeof data1 == "number" && isFinite(data1)) {
                      if (data1 < 0 || isNaN(data1)) {
                        validate400.errors = [{ instancePath: instancePath + "/count/allowed", schemaPath: "urn:images:schemas:Stats/properties/count/properties/allowed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.current !== void 0) {
                    let data2 = data0.current;
                    const _errs6 = errors;
                    if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                      validate400.errors = [{ instancePath: instancePath + "/count/current", schemaPath: "urn:images:schemas:Stats/properties/count/properties/current/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs6) {
                      if (typeof data2 == "number" && isFinite(data2)) {
                        if (data2 < 0 || isNaN(data2)) {
                          validate400.errors = [{ instancePath: instancePath + "/count/current", schemaPath: "urn:images:schemas:Stats/properties/count/properties/current/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                }
              }
            } else {
              validate400.errors = [{ instancePath: instancePath + "/count", schemaPath: "urn:images:schemas:Stats/properties/count/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      }
    } else {
      validate400.errors = [{ instancePath, schemaPath: "urn:images:schemas:Stats/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate400.errors = vErrors;
  return errors === 0;
}
validate400.evaluated = { "props": { "count": true }, "dynamicProps": false, "dynamicItems": false };
var v177 = validate401;
function validate401(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate401.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.fit === void 0 && (missing0 = "fit") || data.metadata === void 0 && (missing0 = "metadata") || data.width === void 0 && (missing0 = "width") || data.height === void 0 && (missing0 = "height")) {
        validate401.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantOptions/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs2 = errors;
        for (const key0 in data) {
          if (!(key0 === "fit" || key0 === "metadata" || key0 === "width" || key0 === "height")) {
            validate401.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs2 === errors) {
          if (data.fit !== void 0) {
            let data0 = data.fit;
            const _errs3 = errors;
            if (typeof data0 !== "string") {
              validate401.errors = [{ instancePath: instancePath + "/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            if (!(data0 === "scale-down" || data0 === "contain" || data0 === "cover" || data0 === "crop" || data0 === "pad")) {
              validate401.errors = [{ instancePath: instancePath + "/fit", schemaPath: "urn:images:schemas:VariantOptions/properties/fit/enum", keyword: "enum", params: { allowedValues: schema169.properties.fit.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.metadata !== void 0) {
              let data1 = data.metadata;
              const _errs5 = errors;
              if (typeof data1 !== "string") {
                validate401.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              if (!(data1 === "keep" || data1 === "copyright" || data1 === "none")) {
                validate401.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "urn:images:schemas:VariantOptions/properties/metadata/enum", keyword: "enum", params: { allowedValues: schema169.properties.metadata.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid1 = _errs5 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.width !== void 0) {
                let data2 = data.width;
                const _errs7 = errors;
                if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                  validate401.errors = [{ instancePath: instancePath + "/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data2 == "number" && isFinite(data2)) {
                    if (data2 < 1 || isNaN(data2)) {
                      validate401.errors = [{ instancePath: instancePath + "/width", schemaPath: "urn:images:schemas:VariantOptions/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                      return false;
                    }
                  }
                }
                var valid1 = _errs7 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.height !== void 0) {
                  let data3 = data.height;
                  const _errs9 = errors;
                  if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                    validate401.errors = [{ instancePath: instancePath + "/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data3 == "number" && isFinite(data3)) {
                      if (data3 < 1 || isNaN(data3)) {
                        validate401.errors = [{ instancePath: instancePath + "/height", schemaPath: "urn:images:schemas:VariantOptions/properties/height/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                        return false;
                      }
                    }
                  }
                  var valid1 = _errs9 === errors;
                } else {
                  var valid1 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate401.errors = [{ instancePath, schemaPath: "urn:images:schemas:VariantOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate401.errors = vErrors;
  return errors === 0;
}
validate401.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v178 = validate402;
function validate402(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate402.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate222(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  validate402.errors = vErrors;
  return errors === 0;
}
validate402.evaluated = { "props": { "id": true, "options": true, "neverRequireSignedURLs": true }, "dynamicProps": false, "dynamicItems": false };
var v179 = validate404;
function validate404(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate404.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate221(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
    errors = vErrors.length;
  }
  validate404.errors = vErrors;
  return errors === 0;
}
validate404.evaluated = { "props": { "variants": true }, "dynamicProps": false, "dynamicItems": false };
var v180 = validate406;
function validate406(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate406.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate245(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate245.errors : vErrors.concat(validate245.errors);
    errors = vErrors.length;
  }
  validate406.errors = vErrors;
  return errors === 0;
}
validate406.evaluated = { "props": { "variant": true }, "dynamicProps": false, "dynamicItems": false };
var v181 = validate408;
function validate408(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate408.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate240(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate240.errors : vErrors.concat(validate240.errors);
    errors = vErrors.length;
  }
  validate408.errors = vErrors;
  return errors === 0;
}
validate408.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v182 = validate410;
function validate410(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate410.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate299(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
    errors = vErrors.length;
  }
  validate410.errors = vErrors;
  return errors === 0;
}
validate410.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v183 = validate412;
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate412.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  if (errors === _errs0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length > 5) {
        validate412.errors = [{ instancePath, schemaPath: "urn:images:schemas:MetadataFilters/maxProperties", keyword: "maxProperties", params: { limit: 5 }, message: "must NOT have more than 5 properties" }];
        return false;
      } else {
        for (const key0 in data) {
          const _errs2 = errors;
          if (typeof key0 === "string") {
            if (!pattern34.test(key0)) {
              const err0 = { instancePath, schemaPath: "urn:images:schemas:MetadataFilters/propertyNames/pattern", keyword: "pattern", params: { pattern: "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$" }, message: 'must match pattern "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$"', propertyName: key0 };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
          }
          var valid1 = _errs2 === errors;
          if (!valid1) {
            const err1 = { instancePath, schemaPath: "urn:images:schemas:MetadataFilters/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
            validate412.errors = vErrors;
            return false;
            break;
          }
        }
        if (valid1) {
          const _errs3 = errors;
          for (const key1 in data) {
            if (!(pattern35.test(key1) || pattern36.test(key1) || pattern37.test(key1) || pattern38.test(key1) || pattern39.test(key1))) {
              const _errs4 = errors;
              if (typeof data[key1] !== "string") {
                validate412.errors = [{ instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid2 = _errs4 === errors;
              if (!valid2) {
                break;
              }
            }
          }
          if (_errs3 === errors) {
            var valid3 = true;
            for (const key2 in data) {
              if (pattern35.test(key2)) {
                const _errs6 = errors;
                if (typeof data[key2] !== "string") {
                  validate412.errors = [{ instancePath: instancePath + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid3 = _errs6 === errors;
                if (!valid3) {
                  break;
                }
              }
            }
            if (valid3) {
              var valid3 = true;
              for (const key3 in data) {
                if (pattern36.test(key3)) {
                  let data2 = data[key3];
                  const _errs8 = errors;
                  if (typeof data2 !== "string") {
                    validate412.errors = [{ instancePath: instancePath + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  if (!(data2 === "true" || data2 === "false")) {
                    validate412.errors = [{ instancePath: instancePath + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Beq%3Aboolean%5C%5D%24/enum", keyword: "enum", params: { allowedValues: schema232.patternProperties["\\[eq:boolean\\]$"].enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid3 = _errs8 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              }
              if (valid3) {
                var valid3 = true;
                for (const key4 in data) {
                  if (pattern37.test(key4)) {
                    let data3 = data[key4];
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (typeof data3 === "string") {
                        if (!pattern43.test(data3)) {
                          validate412.errors = [{ instancePath: instancePath + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?$"' }];
                          return false;
                        }
                      } else {
                        validate412.errors = [{ instancePath: instancePath + "/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5B(eq%3Anumber%7Cgt%7Cgte%7Clt%7Clte%7Cgt%3Anumber%7Cgte%3Anumber%7Clt%3Anumber%7Clte%3Anumber)%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                    }
                    var valid3 = _errs10 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
                if (valid3) {
                  var valid3 = true;
                  for (const key5 in data) {
                    if (pattern38.test(key5)) {
                      let data4 = data[key5];
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (typeof data4 === "string") {
                          if (!pattern45.test(data4)) {
                            validate412.errors = [{ instancePath: instancePath + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^[^|]*(\\|[^|]*){0,9}$" }, message: 'must match pattern "^[^|]*(\\|[^|]*){0,9}$"' }];
                            return false;
                          }
                        } else {
                          validate412.errors = [{ instancePath: instancePath + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin(%3Astring)%3F%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid3 = _errs12 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  }
                  if (valid3) {
                    var valid3 = true;
                    for (const key6 in data) {
                      if (pattern39.test(key6)) {
                        let data5 = data[key6];
                        const _errs14 = errors;
                        if (errors === _errs14) {
                          if (typeof data5 === "string") {
                            if (!pattern47.test(data5)) {
                              validate412.errors = [{ instancePath: instancePath + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$"' }];
                              return false;
                            }
                          } else {
                            validate412.errors = [{ instancePath: instancePath + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "urn:images:schemas:MetadataFilters/patternProperties/%5C%5Bin%3Anumber%5C%5D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid3 = _errs14 === errors;
                        if (!valid3) {
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
      validate412.errors = [{ instancePath, schemaPath: "urn:images:schemas:MetadataFilters/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate412.errors = vErrors;
  return errors === 0;
}
validate412.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v184 = validate413;
function validate413(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate413.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate52(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
    errors = vErrors.length;
  }
  validate413.errors = vErrors;
  return errors === 0;
}
validate413.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v185 = validate415;
function validate415(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate415.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate415.errors = vErrors;
  return errors === 0;
}
validate415.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v186 = validate417;
function validate417(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate417.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate321(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate321.errors : vErrors.concat(validate321.errors);
    errors = vErrors.length;
  }
  validate417.errors = vErrors;
  return errors === 0;
}
validate417.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v187 = validate419;
function validate419(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate419.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate91(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
    errors = vErrors.length;
  }
  validate419.errors = vErrors;
  return errors === 0;
}
validate419.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v188 = validate421;
function validate421(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate421.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate149(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
    errors = vErrors.length;
  }
  validate421.errors = vErrors;
  return errors === 0;
}
validate421.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v189 = validate423;
function validate423(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate423.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate202(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate202.errors : vErrors.concat(validate202.errors);
    errors = vErrors.length;
  }
  validate423.errors = vErrors;
  return errors === 0;
}
validate423.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v190 = validate425;
function validate425(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate425.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate219(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
    errors = vErrors.length;
  }
  validate425.errors = vErrors;
  return errors === 0;
}
validate425.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v191 = validate427;
function validate427(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate427.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate243(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
    errors = vErrors.length;
  }
  validate427.errors = vErrors;
  return errors === 0;
}
validate427.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var v192 = validate429;
function validate429(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate429.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate345(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate345.errors : vErrors.concat(validate345.errors);
    errors = vErrors.length;
  }
  validate429.errors = vErrors;
  return errors === 0;
}
validate429.evaluated = { "props": { "result": true, "success": true, "errors": true, "messages": true, "result_info": true }, "dynamicProps": false, "dynamicItems": false };
var validators = {
  "listImages.params": v0,
  "listImages.response.200": v1,
  "listImages.response.400": v2,
  "listImages.response.401": v3,
  "listImages.response.403": v4,
  "listImages.response.429": v5,
  "listImages.response.4XX": v6,
  "listImages.response.5XX": v7,
  "uploadImage.params": v8,
  "uploadImage.body": v9,
  "uploadImage.response.200": v10,
  "uploadImage.response.400": v11,
  "uploadImage.response.401": v12,
  "uploadImage.response.403": v13,
  "uploadImage.response.415": v14,
  "uploadImage.response.429": v15,
  "uploadImage.response.4XX": v16,
  "uploadImage.response.5XX": v17,
  "getImage.params": v18,
  "getImage.response.200": v19,
  "getImage.response.400": v20,
  "getImage.response.401": v21,
  "getImage.response.403": v22,
  "getImage.response.404": v23,
  "getImage.response.429": v24,
  "getImage.response.4XX": v25,
  "getImage.response.5XX": v26,
  "deleteImage.params": v27,
  "deleteImage.response.200": v28,
  "deleteImage.response.400": v29,
  "deleteImage.response.401": v30,
  "deleteImage.response.403": v31,
  "deleteImage.response.404": v32,
  "deleteImage.response.429": v33,
  "deleteImage.response.4XX": v34,
  "deleteImage.response.5XX": v35,
  "updateImage.params": v36,
  "updateImage.body": v37,
  "updateImage.response.200": v38,
  "updateImage.response.400": v39,
  "updateImage.response.401": v40,
  "updateImage.response.403": v41,
  "updateImage.response.404": v42,
  "updateImage.response.415": v43,
  "updateImage.response.429": v44,
  "updateImage.response.4XX": v45,
  "updateImage.response.5XX": v46,
  "getImageBlob.params": v47,
  "getImageBlob.response.400": v48,
  "getImageBlob.response.401": v49,
  "getImageBlob.response.403": v50,
  "getImageBlob.response.404": v51,
  "getImageBlob.response.429": v52,
  "getImageBlob.response.4XX": v53,
  "getImageBlob.response.5XX": v54,
  "listSigningKeys.params": v55,
  "listSigningKeys.response.200": v56,
  "listSigningKeys.response.400": v57,
  "listSigningKeys.response.401": v58,
  "listSigningKeys.response.403": v59,
  "listSigningKeys.response.429": v60,
  "listSigningKeys.response.4XX": v61,
  "listSigningKeys.response.5XX": v62,
  "createSigningKey.params": v63,
  "createSigningKey.response.200": v64,
  "createSigningKey.response.400": v65,
  "createSigningKey.response.401": v66,
  "createSigningKey.response.403": v67,
  "createSigningKey.response.429": v68,
  "createSigningKey.response.4XX": v69,
  "createSigningKey.response.5XX": v70,
  "deleteSigningKey.params": v71,
  "deleteSigningKey.response.200": v72,
  "deleteSigningKey.response.400": v73,
  "deleteSigningKey.response.401": v74,
  "deleteSigningKey.response.403": v75,
  "deleteSigningKey.response.404": v76,
  "deleteSigningKey.response.429": v77,
  "deleteSigningKey.response.4XX": v78,
  "deleteSigningKey.response.5XX": v79,
  "getImageStats.params": v80,
  "getImageStats.response.200": v81,
  "getImageStats.response.400": v82,
  "getImageStats.response.401": v83,
  "getImageStats.response.403": v84,
  "getImageStats.response.429": v85,
  "getImageStats.response.4XX": v86,
  "getImageStats.response.5XX": v87,
  "listVariants.params": v88,
  "listVariants.response.200": v89,
  "listVariants.response.400": v90,
  "listVariants.response.401": v91,
  "listVariants.response.403": v92,
  "listVariants.response.429": v93,
  "listVariants.response.4XX": v94,
  "listVariants.response.5XX": v95,
  "createVariant.params": v96,
  "createVariant.body": v97,
  "createVariant.response.200": v98,
  "createVariant.response.400": v99,
  "createVariant.response.401": v100,
  "createVariant.response.403": v101,
  "createVariant.response.415": v102,
  "createVariant.response.429": v103,
  "createVariant.response.4XX": v104,
  "createVariant.response.5XX": v105,
  "getVariant.params": v106,
  "getVariant.response.200": v107,
  "getVariant.response.400": v108,
  "getVariant.response.401": v109,
  "getVariant.response.403": v110,
  "getVariant.response.404": v111,
  "getVariant.response.429": v112,
  "getVariant.response.4XX": v113,
  "getVariant.response.5XX": v114,
  "deleteVariant.params": v115,
  "deleteVariant.response.200": v116,
  "deleteVariant.response.400": v117,
  "deleteVariant.response.401": v118,
  "deleteVariant.response.403": v119,
  "deleteVariant.response.404": v120,
  "deleteVariant.response.429": v121,
  "deleteVariant.response.4XX": v122,
  "deleteVariant.response.5XX": v123,
  "updateVariant.params": v124,
  "updateVariant.body": v125,
  "updateVariant.response.200": v126,
  "updateVariant.response.400": v127,
  "updateVariant.response.401": v128,
  "updateVariant.response.403": v129,
  "updateVariant.response.404": v130,
  "updateVariant.response.415": v131,
  "updateVariant.response.429": v132,
  "updateVariant.response.4XX": v133,
  "updateVariant.response.5XX": v134,
  "listImagesV2.params": v135,
  "listImagesV2.response.200": v136,
  "listImagesV2.response.400": v137,
  "listImagesV2.response.401": v138,
  "listImagesV2.response.403": v139,
  "listImagesV2.response.429": v140,
  "listImagesV2.response.4XX": v141,
  "listImagesV2.response.5XX": v142,
  "createDirectUpload.params": v143,
  "createDirectUpload.body": v144,
  "createDirectUpload.response.200": v145,
  "createDirectUpload.response.400": v146,
  "createDirectUpload.response.401": v147,
  "createDirectUpload.response.403": v148,
  "createDirectUpload.response.415": v149,
  "createDirectUpload.response.429": v150,
  "createDirectUpload.response.4XX": v151,
  "createDirectUpload.response.5XX": v152,
  "schema.AccountId": v153,
  "schema.ImageId": v154,
  "schema.AddressableImageId": v155,
  "schema.ImageUuid": v156,
  "schema.CustomImageId": v157,
  "schema.VariantName": v158,
  "schema.SigningKeyName": v159,
  "schema.Creator": v160,
  "schema.Metadata": v161,
  "schema.MetadataJson": v162,
  "schema.ImageBytes": v163,
  "schema.ResponseInfo": v164,
  "schema.SuccessEnvelope": v165,
  "schema.Failure": v166,
  "schema.Image": v167,
  "schema.ImageListV1": v168,
  "schema.ImageListV2": v169,
  "schema.UploadImageForm": v170,
  "schema.UpdateImageBody": v171,
  "schema.DirectUploadForm": v172,
  "schema.DirectUpload": v173,
  "schema.SigningKey": v174,
  "schema.SigningKeyList": v175,
  "schema.Stats": v176,
  "schema.VariantOptions": v177,
  "schema.Variant": v178,
  "schema.VariantMap": v179,
  "schema.OneVariantResult": v180,
  "schema.CreateVariantBody": v181,
  "schema.UpdateVariantBody": v182,
  "schema.MetadataFilters": v183,
  "schema.ImageEnvelope": v184,
  "schema.ImageListV1Envelope": v185,
  "schema.ImageListV2Envelope": v186,
  "schema.EmptyEnvelope": v187,
  "schema.SigningKeysEnvelope": v188,
  "schema.StatsEnvelope": v189,
  "schema.VariantMapEnvelope": v190,
  "schema.OneVariantEnvelope": v191,
  "schema.DirectUploadEnvelope": v192
};
export {
  v0,
  v1,
  v10,
  v100,
  v101,
  v102,
  v103,
  v104,
  v105,
  v106,
  v107,
  v108,
  v109,
  v11,
  v110,
  v111,
  v112,
  v113,
  v114,
  v115,
  v116,
  v117,
  v118,
  v119,
  v12,
  v120,
  v121,
  v122,
  v123,
  v124,
  v125,
  v126,
  v127,
  v128,
  v129,
  v13,
  v130,
  v131,
  v132,
  v133,
  v134,
  v135,
  v136,
  v137,
  v138,
  v139,
  v14,
  v140,
  v141,
  v142,
  v143,
  v144,
  v145,
  v146,
  v147,
  v148,
  v149,
  v15,
  v150,
  v151,
  v152,
  v153,
  v154,
  v155,
  v156,
  v157,
  v158,
  v159,
  v16,
  v160,
  v161,
  v162,
  v163,
  v164,
  v165,
  v166,
  v167,
  v168,
  v169,
  v17,
  v170,
  v171,
  v172,
  v173,
  v174,
  v175,
  v176,
  v177,
  v178,
  v179,
  v18,
  v180,
  v181,
  v182,
  v183,
  v184,
  v185,
  v186,
  v187,
  v188,
  v189,
  v19,
  v190,
  v191,
  v192,
  v2,
  v20,
  v21,
  v22,
  v23,
  v24,
  v25,
  v26,
  v27,
  v28,
  v29,
  v3,
  v30,
  v31,
  v32,
  v33,
  v34,
  v35,
  v36,
  v37,
  v38,
  v39,
  v4,
  v40,
  v41,
  v42,
  v43,
  v44,
  v45,
  v46,
  v47,
  v48,
  v49,
  v5,
  v50,
  v51,
  v52,
  v53,
  v54,
  v55,
  v56,
  v57,
  v58,
  v59,
  v6,
  v60,
  v61,
  v62,
  v63,
  v64,
  v65,
  v66,
  v67,
  v68,
  v69,
  v7,
  v70,
  v71,
  v72,
  v73,
  v74,
  v75,
  v76,
  v77,
  v78,
  v79,
  v8,
  v80,
  v81,
  v82,
  v83,
  v84,
  v85,
  v86,
  v87,
  v88,
  v89,
  v9,
  v90,
  v91,
  v92,
  v93,
  v94,
  v95,
  v96,
  v97,
  v98,
  v99,
  validators
};
