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
var inline_exports = {};
__export(inline_exports, {
  answer: () => answer
});
module.exports = __toCommonJS(inline_exports);
const answer = (question) => {
  if (question.length > 3) throw new RangeError(`too long: ${question}`);
  return 42;
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  answer
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc3JjL2lubGluZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQ29tcGlsZWQgd2l0aCBpdHMgc291cmNlIG1hcCBpbmxpbmUsIGFzIGEgZGF0YTogVVJMLlxuZXhwb3J0IGNvbnN0IGFuc3dlciA9IChxdWVzdGlvbjogc3RyaW5nKTogbnVtYmVyID0+IHtcbiAgaWYgKHF1ZXN0aW9uLmxlbmd0aCA+IDMpIHRocm93IG5ldyBSYW5nZUVycm9yKGB0b28gbG9uZzogJHtxdWVzdGlvbn1gKTtcbiAgcmV0dXJuIDQyO1xufTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNPLE1BQU0sU0FBUyxDQUFDLGFBQTZCO0FBQ2xELE1BQUksU0FBUyxTQUFTLEVBQUcsT0FBTSxJQUFJLFdBQVcsYUFBYSxRQUFRLEVBQUU7QUFDckUsU0FBTztBQUNUOyIsCiAgIm5hbWVzIjogW10KfQo=
