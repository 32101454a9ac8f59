/** The interface strings of one language, as the chrome needs them (pages pass locals.t, functions serverTranslate). */
export type Translate = (key: string) => string;
