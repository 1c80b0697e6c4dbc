// The parts of Eleventy's programmatic API newsdesk uses (the package ships no types).
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(
      input: string,
      output: string,
      options: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: "build" | "serve" | "watch";
        /** Runs with Eleventy's config before the config file: how the command line hands newsdesk its options. */
        config?: (eleventyConfig: import("../plugin.ts").EleventyConfig) => void;
      },
    );
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    stopWatch(): Promise<void>;
    /** Ends Eleventy's own console output ("Wrote N files"). */
    disableLogger(): void;
  }
}
