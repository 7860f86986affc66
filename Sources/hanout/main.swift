import HanoutCLI

Program.main()
