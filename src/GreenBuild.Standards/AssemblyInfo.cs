using System.Resources;

[assembly: NeutralResourcesLanguage("zh-Hans")]
