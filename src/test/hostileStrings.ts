// Hostile input for unit, component and browser tests alike: what an agent might
// paste, or what a record written by another integration might hold. Each must
// come out as text, never as markup or as a link other than http(s). No imports,
// so the browser stories (e2e/) can use it as it is.

/** Set on window by any payload that manages to run. */
export const HOSTILE_MARKER = '__callLoggerHacked';

export const HOSTILE_TEXTS = {
  scriptTag: `<script>window.${HOSTILE_MARKER} = 'script'</script>`,
  imgOnError: `<img src="x" onerror="window.${HOSTILE_MARKER}='img'">`,
  svgOnLoad: `<svg onload="window.${HOSTILE_MARKER}='svg'"><circle r="9"/></svg>`,
  linkMarkup: `<a href="javascript:window.${HOSTILE_MARKER}='a'">click me</a><b>bold</b>`,
  closingTags: `</dd></dl></div><iframe src="javascript:window.${HOSTILE_MARKER}='iframe'"></iframe>`,
  attributeBreak: `" onmouseover="window.${HOSTILE_MARKER}='attr'" data-x="`,
  template: '{{constructor.constructor("return 1")()}} ${1+1} <%= 7*7 %>',
  rightToLeft: '\u202Eevil.exe\u202C مرحبا، هذه مكالمة שלום',
  emoji: '📞 👩🏽‍💻 🇩🇪 ☎️ 🧑‍🤝‍🧑 ﷽',
  controlCharacters: 'a\u0000b\u0007c\u001bd\u0008e\r\n\tf\u2028g\u2029h\uFEFFi\u200Bj',
  json: '{"call":{"id":1,"recording_url":"javascript:alert(1)"},"__proto__":{"polluted":true}}',
  nullish: 'null',
} as const;

/** Values no URL-ish field may turn into a link (every one is refused by the forms, shown as text in the details). */
export const HOSTILE_URLS = [
  `javascript:window.${HOSTILE_MARKER}='js'`,
  `JaVaScRiPt:window.${HOSTILE_MARKER}='js'`,
  ` javascript:window.${HOSTILE_MARKER}='js'`,
  `java\tscript:window.${HOSTILE_MARKER}='js'`,
  `data:text/html,<script>window.${HOSTILE_MARKER}='data'</script>`,
  `vbscript:msgbox("${HOSTILE_MARKER}")`,
  'file:///etc/passwd',
  '//evil.example/recording.mp3',
] as const;

/** A phone "number" of 10,000 characters. */
export const LONG_PHONE = `+1${'5'.repeat(9_998)}`;

/** A transcript of about 1 MB (1,048,576 characters), lines of dialogue with hostile bits mixed in. */
export function megabyteTranscript(): string {
  const lines = [
    'Agent: Thank you for calling, how can I help?',
    `Caller: My name is ${HOSTILE_TEXTS.scriptTag} and ${HOSTILE_TEXTS.emoji}`,
    `Agent: ${HOSTILE_TEXTS.rightToLeft}`,
  ];
  const block = `${lines.join('\n')}\n`;
  return block.repeat(Math.ceil(1_048_576 / block.length)).slice(0, 1_048_576);
}
