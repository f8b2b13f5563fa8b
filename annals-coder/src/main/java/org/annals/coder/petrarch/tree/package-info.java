/**
 * A PETRARCH2-style event coder that works on Penn Treebank parse trees and reads PETRARCH-format
 * dictionaries natively: {@link org.annals.coder.petrarch.tree.ParseNode} holds a tree, {@link
 * org.annals.coder.petrarch.tree.TreeDictionaries} the verbs, patterns, actors, agents and
 * discards, and {@link org.annals.coder.petrarch.tree.TreeCoder} turns a tree into (source, target,
 * code) events.
 */
package org.annals.coder.petrarch.tree;
