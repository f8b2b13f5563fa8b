/**
 * Stage 4, CODE: turns annotated sentences into CAMEO- and PLOVER-coded events. Work in progress
 * (issue 3): the codebook and the actor dictionary come first.
 */
package org.annals.coder;
