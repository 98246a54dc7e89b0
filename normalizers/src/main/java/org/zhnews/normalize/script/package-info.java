/**
 * Script detection and conversion between simplified and traditional Chinese and regional
 * wording (mainland, Taiwan, Hong Kong), one longest-match pass over the OpenCC tables and the
 * project's overlay. Immutable and thread-safe.
 */
package org.zhnews.normalize.script;
