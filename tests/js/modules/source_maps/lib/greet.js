var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var greet_exports = {};
__export(greet_exports, {
  Greeter: () => Greeter,
  greet: () => greet
});
module.exports = __toCommonJS(greet_exports);
function greet(who) {
  if (who.name === "") {
    throw new Error("nobody to greet");
  }
  return `hello ${who.name}`;
}
class Greeter {
  constructor(prefix) {
    this.prefix = prefix;
  }
  prefix;
  fail() {
    const detail = this.prefix;
    throw new TypeError(`greeter failed: ${detail}`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Greeter,
  greet
});
//# sourceMappingURL=greet.js.map
