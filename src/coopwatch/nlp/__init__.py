"""Russian NLP: natasha models behind one adapter, pymorphy3 morphology."""
