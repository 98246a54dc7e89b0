package org.zhnews.extract.knowledge;

/**
 * What the knowledge base's one dictionary ({@link KnowledgeBase#names()}) stores under a
 * surface: a company's name ({@link CompanySurface}) or a model family's ({@link ModelSurface}).
 * One surface may store several, of both kinds ({@code DeepSeek} names the company and the
 * model family). Immutable.
 */
public sealed interface KnownName permits CompanySurface, ModelSurface {
}
