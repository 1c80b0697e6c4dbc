// The parts of Eleventy's programmatic API newsdesk uses (the package ships no types).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options: { configPath?: string; quietMode?: boolean; runMode?: "build" | "serve" | "watch" });
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
