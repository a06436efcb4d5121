// The encoders every JavaScript platform has (browsers, Node, workers); core's lib is plain ES2022.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
