"""Events: dated acts (arrests, closures, convictions, law changes) with who acted and who underwent them."""
