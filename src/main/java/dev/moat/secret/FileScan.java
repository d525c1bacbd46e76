package dev.moat.secret;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The scan of one file, read once as a stream through a bounded buffer. The keyword automaton runs
 * over every byte; a rule's regex runs only on the window around each of its keyword hits (the
 * hit's line, or up to {@link #MULTI_LINE_AHEAD} bytes for multi-line rules). The buffer keeps the
 * last {@link #KEEP} bytes when it slides, so a window whose hit is near a chunk boundary is only
 * evaluated once the bytes after it have arrived. Not thread-safe: one instance per file.
 */
final class FileScan implements KeywordAutomaton.HitSink {

  /** How far before its keyword a match may start on a long line. */
  static final int BEHIND = 4096;
  /** How far after its keyword a single-line match may end. */
  static final int LINE_AHEAD = 4096;
  /** How far after its keyword a multi-line match may end (a 16384-bit RSA key is about 12 KB). */
  static final int MULTI_LINE_AHEAD = 32 * 1024;
  static final int KEEP = BEHIND + MULTI_LINE_AHEAD;
  /** Context kept before the first position a regex is tried at, for its look-behinds. */
  private static final int LOOK_BEHIND = 16;
  /** git's test for binary content: a NUL byte in the first 8000 bytes. */
  private static final int BINARY_PROBE = 8000;

  private final CompiledRules rules;
  private final String path;
  private final boolean[] active;
  private final int chunk;
  private final int fullCapacity;
  private final long expectedSize;

  private byte[] buf;
  private int len;
  /** Absolute offset in the file of {@code buf[0]}. */
  private long bufStart;
  /** Newlines in the file before {@code buf[0]}. */
  private long newlinesBefore;

  private long[] hitPos = new long[64];
  private int[] hitRule = new int[64];
  private int hitHead;
  private int hitCount;
  private final long[] evaluatedUpTo;
  private final Set<Long> reported = new HashSet<>();
  private final List<SecretFinding> findings = new ArrayList<>();

  FileScan(CompiledRules rules, String path, boolean[] active, long size, int chunk) {
    this.rules = rules;
    this.path = path;
    this.active = active;
    this.chunk = chunk;
    this.fullCapacity = chunk + KEEP;
    this.expectedSize = size;
    // Start with what the binary probe needs; a text file's buffer grows to its size (+1 to see
    // the end; the tar header size is exact) or to a full chunk.
    this.buf = new byte[(int) Math.min(BINARY_PROBE, Math.max(size + 1, 64))];
    this.evaluatedUpTo = new long[rules.size()];
    Arrays.fill(evaluatedUpTo, -1);
  }

  List<SecretFinding> run(InputStream in) throws IOException {
    int state = KeywordAutomaton.start();
    boolean eof = false;
    if (rules.hasLineRules()) {
      addLineStartHits(-1);
    }
    while (!eof) {
      if (len == buf.length) {
        slide();
      }
      boolean probing = bufStart + len < BINARY_PROBE;
      // The first read stops at the probe size: a binary is left after 8000 bytes, not a chunk.
      int want = Math.min(buf.length - len, probing ? BINARY_PROBE - len : chunk);
      int read = in.readNBytes(buf, len, want);
      eof = read < want;
      if (probing && isBinary(len, len + read)) {
        return List.of();
      }
      int from = len;
      len += read;
      state = rules.automaton().feed(buf, from, len, state, this);
      if (rules.hasLineRules()) {
        for (int i = from; i < len; i++) {
          if (buf[i] == '\n') {
            addLineStartHits(i);
          }
        }
      }
      evaluateReadyHits(eof);
    }
    return List.copyOf(findings);
  }

  private boolean isBinary(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void hit(int end, int[] ruleIndices) {
    for (int r : ruleIndices) {
      if (active[r]) {
        addHit(bufStart + end, r);
      }
    }
  }

  /** Rules without keywords are tried on every line: a synthetic hit at each line start. */
  private void addLineStartHits(int newlineIndex) {
    for (int r : rules.lineRules()) {
      if (active[r]) {
        addHit(bufStart + newlineIndex + 1, r);
      }
    }
  }

  private void addHit(long pos, int rule) {
    if (hitCount == hitPos.length) {
      hitPos = Arrays.copyOf(hitPos, hitCount * 2);
      hitRule = Arrays.copyOf(hitRule, hitCount * 2);
    }
    hitPos[hitCount] = pos;
    hitRule[hitCount] = rule;
    hitCount++;
  }

  private void evaluateReadyHits(boolean eof) {
    long bufEnd = bufStart + len;
    while (hitHead < hitCount) {
      long pos = hitPos[hitHead];
      int rule = hitRule[hitHead];
      long ahead = rules.rule(rule).multiLine() ? MULTI_LINE_AHEAD : LINE_AHEAD;
      if (!eof && pos + ahead > bufEnd) {
        break;
      }
      hitHead++;
      if (pos >= evaluatedUpTo[rule]) {
        evaluate(pos, rule);
      }
    }
    if (hitHead == hitCount) {
      hitHead = 0;
      hitCount = 0;
    }
  }

  /** Makes room: grows a buffer below full size, else drops all but the last {@link #KEEP} bytes. */
  private void slide() {
    if (buf.length < fullCapacity) {
      long target = Math.max(2L * buf.length, expectedSize + 1);
      buf = Arrays.copyOf(buf, (int) Math.min(fullCapacity, target));
      return;
    }
    int drop = len - KEEP;
    for (int i = 0; i < drop; i++) {
      if (buf[i] == '\n') {
        newlinesBefore++;
      }
    }
    System.arraycopy(buf, drop, buf, 0, KEEP);
    len = KEEP;
    bufStart += drop;
  }

  private void evaluate(long pos, int ruleIndex) {
    SecretRule rule = rules.rule(ruleIndex);
    int hit = (int) (pos - bufStart);
    int windowStart = hit;
    int lowest = Math.max(0, hit - BEHIND);
    while (windowStart > lowest && buf[windowStart - 1] != '\n') {
      windowStart--;
    }
    int windowEnd;
    if (rule.multiLine()) {
      windowEnd = Math.min(len, hit + MULTI_LINE_AHEAD);
    } else {
      windowEnd = lineEnd(hit, Math.min(len, hit + LINE_AHEAD));
      if (windowEnd < len) {
        windowEnd++; // the newline itself, so that \s and $ see the end of the line
      }
    }
    int[] keywordLengths = rules.keywordLengths(ruleIndex);
    int searchFrom = windowStart;
    if (rule.keywordLead().isPresent() && keywordLengths.length > 0) {
      // Matches start at most keywordLead before the keyword: no need to try the line before that.
      searchFrom = Math.max(windowStart, hit + 1 - keywordLengths[0] - rule.keywordLead().getAsInt());
      // Look-behinds need a little context before the first position tried.
      windowStart = Math.max(windowStart, searchFrom - LOOK_BEHIND);
    }
    // ISO-8859-1 maps each byte to one char, so regex offsets are buffer offsets.
    String window = new String(buf, windowStart, windowEnd - windowStart, StandardCharsets.ISO_8859_1);
    Matcher m = rule.regex().matcher(window).useTransparentBounds(true).useAnchoringBounds(false);
    if (rule.keywordLead().isPresent() && rule.keywordLead().getAsInt() == 0) {
      // The match starts with the keyword: try only where one of the rule's keywords starts.
      for (int length : keywordLengths) {
        int start = hit + 1 - length - windowStart;
        if (start >= 0 && m.region(start, window.length()).lookingAt()) {
          accept(ruleIndex, rule, m, windowStart);
        }
      }
      return;
    }
    m.region(searchFrom - windowStart, window.length());
    long lastEnd = pos + 1;
    while (m.find()) {
      if (accept(ruleIndex, rule, m, windowStart)) {
        lastEnd = Math.max(lastEnd, bufStart + windowStart + m.end());
      }
    }
    evaluatedUpTo[ruleIndex] = rule.multiLine() ? lastEnd : bufStart + windowEnd;
  }

  /** Reports the current match of {@code m} unless it is empty or allowed; returns whether it was reported. */
  private boolean accept(int ruleIndex, SecretRule rule, Matcher m, int windowStart) {
    if (m.end() == m.start()) {
      return false;
    }
    int secretStart = rule.secretGroup().map(m::start).orElse(m.start());
    int secretEnd = rule.secretGroup().map(m::end).orElse(m.end());
    if (secretStart < 0 || secretEnd <= secretStart) {
      return false;
    }
    String matched = m.group();
    if (rules.allowsMatch(matched) || rule.allowsMatch(matched)) {
      return false;
    }
    report(ruleIndex, rule, windowStart + m.start(), windowStart + m.end(), windowStart + secretStart,
        trimEnd(windowStart + secretStart, windowStart + secretEnd));
    return true;
  }

  /** Drops trailing whitespace and JSON-escaped line ends a multi-line secret group swallows. */
  private int trimEnd(int start, int end) {
    while (end > start) {
      byte last = buf[end - 1];
      if (last == ' ' || last == '\n' || last == '\r' || last == '\t') {
        end--;
      } else if (end - start >= 2 && buf[end - 2] == '\\' && (last == 'n' || last == 'r')) {
        end -= 2;
      } else {
        return end;
      }
    }
    return end;
  }

  private void report(int ruleIndex, SecretRule rule, int matchStart, int matchEnd, int secretStart, int secretEnd) {
    if (!reported.add(((long) ruleIndex << 48) | (bufStart + secretStart))) {
      return;
    }
    int startLine = lineNumber(secretStart);
    int endLine = startLine + count(secretStart, secretEnd);
    int lineStart = secretStart;
    while (lineStart > 0 && buf[lineStart - 1] != '\n') {
      lineStart--;
    }
    int lineEnd = lineEnd(secretStart, len);
    if (lineEnd > lineStart && buf[lineEnd - 1] == '\r') {
      lineEnd--;
    }
    findings.add(new SecretFinding(
        rule.id(),
        rule.category(),
        rule.severity(),
        rule.title(),
        path,
        startLine,
        endLine,
        SecretMasker.maskedLine(buf, lineStart, lineEnd, secretStart, secretEnd),
        SecretMasker.maskedMatch(buf, matchStart, matchEnd, secretStart, secretEnd)));
  }

  private int lineEnd(int from, int limit) {
    int end = from;
    while (end < limit && buf[end] != '\n') {
      end++;
    }
    return end;
  }

  private int lineNumber(int index) {
    return (int) (newlinesBefore + count(0, index) + 1);
  }

  private int count(int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        newlines++;
      }
    }
    return newlines;
  }
}
