/**
 * English words too common to say what a story is about: function words, forms of be/have/do, number and
 * calendar words, and the words every news story uses about itself (said, story, news). Apostrophes are
 * straight; the tokenizer straightens curly ones first.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any
  anyone anything are aren't around as at away back be became because become been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each either else even
  ever every few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just last
  least less let's like made make many may me might more most much must mustn't my myself near neither never new
  no nor not now of off often on once one only or other others our ours ourselves out over own per perhaps put
  rather same say said says saying she she'd she'll she's should shouldn't since so some still such than that
  that's the their theirs them themselves then there there's these they they'd they'll they're they've this those
  though through thus to told too toward towards under until up upon us very via was wasn't we we'd we'll we're
  we've were weren't what what's when when's where where's whether which while who who's whom whose why why's will
  with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
  two three four five six seven eight nine ten hundred thousand million billion percent
  day days week weeks month months year years today yesterday tomorrow
  article articles news stories story`
    .split(/\s+/)
    .filter((w) => w !== ""),
);
