/**
 * Reads PETRARCH 2 dictionaries (verbs, actors, agents, discards) by translating them into Annals'
 * own dictionary format ({@code docs/dictionaries.md}) and loading that text with {@link
 * org.annals.coder.dict.ActorDictionary#of} and {@link org.annals.coder.dict.VerbLexicon#of}.
 */
package org.annals.coder.petrarch;
