/**
 * The analysis JSON of the project's contract: {@link org.zhnews.core.json.DocumentJson} writes a
 * document as one line of JSON (fields are only ever added to the contract; every string
 * escaped so the output is valid UTF-8 and safe inside HTML). Thread-safe.
 */
package org.zhnews.core.json;
