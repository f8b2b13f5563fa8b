package org.annals.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.model.ArticleId;
import org.annals.model.ContentType;
import org.annals.model.DeclaredMetadata;
import org.annals.model.Problem;
import org.annals.model.RawArticle;
import org.annals.model.SourceRef;
import org.annals.model.Stage;

/** Reads a {@code .txt} or {@code .html} file as one article. */
final class SingleFileReader {
  private final IngestLimits limits;

  SingleFileReader(IngestLimits limits) {
    this.limits = limits;
  }

  void read(Path file, SourceRef ref, ContentType type, ArticleSink sink) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxArticleBytes()) {
      sink.problem(
          Problem.error(
              ref,
              Stage.READ,
              "file is "
                  + IngestLimits.mb(size)
                  + ", over the per-article limit of "
                  + IngestLimits.mb(limits.maxArticleBytes())
                  + "; split it or raise --max-article-bytes"));
      return;
    }
    byte[] bytes = Files.readAllBytes(file);
    emit(bytes, ref, type, Optional.empty(), DeclaredMetadata.NONE, sink);
  }

  /** Decodes one article's bytes and hands it (or the problem) to the sink. */
  static void emit(
      byte[] bytes,
      SourceRef ref,
      ContentType type,
      Optional<String> declaredCharset,
      DeclaredMetadata declared,
      ArticleSink sink) {
    String sha = ArticleId.sha256Hex(bytes);
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(bytes, declaredCharset, type == ContentType.HTML);
    } catch (BadInputException e) {
      sink.problem(new Problem(ref, Stage.DECODE, Problem.Severity.ERROR, e.getMessage(), sha));
      return;
    }
    sink.article(
        new RawArticle(
            ref,
            decoded.text(),
            type,
            decoded.charset(),
            sha,
            bytes.length,
            declared,
            decoded.warnings()));
  }
}
