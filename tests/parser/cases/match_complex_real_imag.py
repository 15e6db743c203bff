match x:
    case 0 + 0j | -0.5 + 1.5j | 1e3 - 2e-3j:
        pass
