// The part of @11ty/eleventy-img newsdesk uses (the package ships no types).
declare module "@11ty/eleventy-img" {
  /** One generated file of one format. */
  export interface ImageFile {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly url: string;
    readonly sourceType: string;
    readonly srcset: string;
  }
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
  }
  /** Resizes and converts one image (a path or its bytes); resolves to its files by format, smallest first. */
  export default function Image(src: string | Buffer, options: ImageOptions): Promise<Record<string, ImageFile[]>>;
}
