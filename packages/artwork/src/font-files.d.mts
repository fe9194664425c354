/** The path of one weight of the shipped font, e.g. fontFile('700Bold'). */
export declare const fontFile: (weight: '700Bold' | '500Medium') => string;
