Ruritania's army attacked Freedonia's troops. Ruritania 's army met Sylvania' s.
