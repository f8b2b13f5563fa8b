/**
 * Stories: articles grouped by what they are about (their terms and named entities) and when, one
 * article at a time, so stories grow as news arrives and keep their ids.
 */
package org.annals.resolve.story;
