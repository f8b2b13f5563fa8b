package org.annals.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.coder.codebook.Codebook;
import org.annals.coder.dict.ActorDictionary;
import org.annals.coder.dict.VerbLexicon;
import org.annals.coder.extract.EventExtractor;

/**
 * The event coder for a data directory: Annals' own dictionaries, plus the directory's own actors
 * ({@value #USER_ACTORS}, where promoted candidate actors land) when it has them. Every front end
 * that ingests into a data directory (the CLI, the server's uploads) codes with this one.
 */
public final class DataCoders {
  /** The user actor file of a data directory, beside the store. */
  public static final String USER_ACTORS = "actors.txt";

  private DataCoders() {}

  /** The user actor file of a data directory (it may not exist). */
  public static Path userActors(Path dataDir) {
    return dataDir.resolve(USER_ACTORS);
  }

  /** Whether this data directory has its own actors. */
  public static boolean hasUserActors(Path dataDir) {
    return Files.isRegularFile(userActors(dataDir));
  }

  /** The coder for this data directory. */
  public static EventExtractor forData(Path dataDir) {
    if (!hasUserActors(dataDir)) {
      return EventExtractor.standard();
    }
    return new EventExtractor(
        Codebook.standard(),
        ActorDictionary.withFiles(List.of(userActors(dataDir))),
        VerbLexicon.standard());
  }
}
