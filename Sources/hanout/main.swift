import HanoutCLI

Hanout.main()
