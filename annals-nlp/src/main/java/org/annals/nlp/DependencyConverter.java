package org.annals.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.model.Dependency;

/**
 * A CoreNLP {@link SemanticGraph} (enhanced++ UD) to model {@link Dependency}s.
 *
 * <p>Token indices become 0-based; the root gets governor {@link Dependency#ROOT}. Enhanced++ may
 * add <em>copy nodes</em> (ellipsis: "Putin went to Minsk and Maduro to Caracas"); a copy has the
 * index of the token it copies, so it is mapped onto that token, and any edge that then links a
 * token to itself is dropped. Duplicates are dropped and the list is sorted (dependent, governor,
 * relation) so equal parses give equal lists.
 */
final class DependencyConverter {
  private static final Comparator<Dependency> ORDER =
      Comparator.comparingInt(Dependency::dependent)
          .thenComparingInt(Dependency::governor)
          .thenComparing(Dependency::relation);

  private DependencyConverter() {}

  static List<Dependency> dependencies(SemanticGraph graph) {
    Set<Dependency> out = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new Dependency("root", Dependency.ROOT, root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int governor = edge.getGovernor().index() - 1;
      int dependent = edge.getDependent().index() - 1;
      if (governor != dependent) {
        out.add(new Dependency(edge.getRelation().toString(), governor, dependent));
      }
    }
    List<Dependency> sorted = new ArrayList<>(out);
    sorted.sort(ORDER);
    return sorted;
  }
}
