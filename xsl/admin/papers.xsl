<?xml version="1.0" encoding="UTF-8"?>
<!-- papers.xsl - papers (试卷): the list, a new paper, the editor (questions or rules) and the preview. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='papers']" mode="title"><xsl:call-template name="msg.paper.title"/></xsl:template>
  <xsl:template match="page[@name='paper-new']" mode="title"><xsl:call-template name="msg.paper.new"/></xsl:template>
  <xsl:template match="page[@name='paper-edit']" mode="title"><xsl:value-of select="paper-edit/paper/title"/></xsl:template>
  <xsl:template match="page[@name='paper-preview']" mode="title"><xsl:call-template name="msg.paper.preview"/></xsl:template>

  <!-- Points as the paper shows them: 4.5, 20. -->
  <xsl:template name="points">
    <xsl:param name="v"/>
    <xsl:value-of select="format-number($v, '0.#')"/>
  </xsl:template>

  <xsl:template name="paper-mode">
    <xsl:param name="m"/>
    <xsl:choose>
      <xsl:when test="$m = 'random'"><xsl:call-template name="msg.paper.mode.random"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.paper.mode.fixed"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="papers" mode="body">
    <h1><xsl:call-template name="msg.paper.title"/></h1>
    <p><a href="{$base}/papers/new"><xsl:call-template name="msg.paper.new"/></a></p>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}/papers">
      <xsl:call-template name="select">
        <xsl:with-param name="name">course</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/courses/course"/>
        <xsl:with-param name="value" select="@course"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(paper)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.paper.name"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.mode"/></th>
            <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.count"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.total"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.pass"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.exams"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="paper">
              <tr>
                <td>
                  <a href="{$base}/papers/{@id}"><xsl:value-of select="."/></a>
                  <xsl:if test="@sat = 1"><span class="meta"> · <xsl:call-template name="msg.paper.sat_short"/></span></xsl:if>
                </td>
                <td><xsl:call-template name="paper-mode"><xsl:with-param name="m" select="@mode"/></xsl:call-template></td>
                <td><xsl:value-of select="@course-name"/></td>
                <td><xsl:value-of select="@count"/></td>
                <td><xsl:call-template name="points"><xsl:with-param name="v" select="@total"/></xsl:call-template></td>
                <td><xsl:call-template name="points"><xsl:with-param name="v" select="@pass"/></xsl:call-template></td>
                <td><xsl:value-of select="@exams"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- Title, course and pass score: the new paper's form and the editor's settings. -->
  <xsl:template name="paper-settings">
    <xsl:param name="p" select="/.."/>
    <xsl:call-template name="input">
      <xsl:with-param name="name">title</xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.paper.name"/></xsl:with-param>
      <xsl:with-param name="value" select="$p/title"/>
      <xsl:with-param name="required">1</xsl:with-param>
      <xsl:with-param name="max">200</xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="select">
      <xsl:with-param name="name">course</xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
      <xsl:with-param name="items" select="/page/courses/course"/>
      <xsl:with-param name="value" select="$p/@course"/>
      <xsl:with-param name="any"><xsl:call-template name="msg.questions.no_course"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="input">
      <xsl:with-param name="name">pass</xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.paper.pass"/></xsl:with-param>
      <xsl:with-param name="value"><xsl:if test="$p"><xsl:call-template name="points"><xsl:with-param name="v" select="$p/@pass"/></xsl:call-template></xsl:if></xsl:with-param>
      <xsl:with-param name="required">1</xsl:with-param>
      <xsl:with-param name="max">8</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="paper-new" mode="body">
    <h1><xsl:call-template name="msg.paper.new"/></h1>
    <form class="form" method="post" action="{$base}/papers">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="paper-settings"/>
      <p class="field">
        <label for="f-mode"><xsl:call-template name="msg.paper.mode"/></label>
        <select id="f-mode" name="mode">
          <xsl:variable name="cur" select="/page/posted/field[@name='mode']"/>
          <xsl:call-template name="option"><xsl:with-param name="v">fixed</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.paper.mode.fixed"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">random</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label"><xsl:call-template name="msg.paper.mode.random"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p class="meta"><xsl:call-template name="msg.paper.mode_hint"/></p>
      <p><button type="submit"><xsl:call-template name="msg.paper.create"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="paper-edit" mode="body">
    <xsl:variable name="p" select="paper"/>
    <h1><xsl:value-of select="$p/title"/></h1>
    <p>
      <a href="{$base}/papers"><xsl:call-template name="msg.paper.title"/></a> ·
      <a href="{$base}/papers/{$p/@id}/preview"><xsl:call-template name="msg.paper.preview"/></a>
    </p>
    <xsl:if test="$p/@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="$p/@done = 'created'"><xsl:call-template name="msg.paper.created"/></xsl:when>
          <xsl:when test="$p/@done = 'copied'"><xsl:call-template name="msg.paper.copied"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.saved"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="msg.paper.mode"/></dt>
      <dd><xsl:call-template name="paper-mode"><xsl:with-param name="m" select="$p/@mode"/></xsl:call-template></dd>
      <dt><xsl:call-template name="msg.paper.total"/></dt>
      <dd><xsl:call-template name="points"><xsl:with-param name="v" select="$p/@total"/></xsl:call-template></dd>
      <dt><xsl:call-template name="msg.paper.pass"/></dt>
      <dd><xsl:call-template name="points"><xsl:with-param name="v" select="$p/@pass"/></xsl:call-template></dd>
      <dt><xsl:call-template name="msg.paper.exams"/></dt><dd><xsl:value-of select="$p/@exams"/></dd>
    </dl>
    <xsl:if test="$p/@pass-over = 1">
      <p class="warn" role="status"><xsl:call-template name="msg.paper.pass_over"/></p>
    </xsl:if>
    <xsl:if test="$p/@sat = 1">
      <p class="warn"><xsl:call-template name="msg.paper.sat"/></p>
    </xsl:if>
    <h2><xsl:call-template name="msg.paper.settings"/></h2>
    <form class="form" method="post" action="{$base}/papers/{$p/@id}">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="paper-settings"><xsl:with-param name="p" select="$p"/></xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <xsl:choose>
      <xsl:when test="$p/@mode = 'fixed'"><xsl:apply-templates select="$p" mode="fixed"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$p" mode="random"/></xsl:otherwise>
    </xsl:choose>
    <h2><xsl:call-template name="msg.paper.copy"/></h2>
    <form class="inline-form" method="post" action="{$base}/papers/{$p/@id}/copy">
      <xsl:call-template name="csrf"/>
      <label for="f-copy-title"><xsl:call-template name="msg.paper.copy_title"/></label>
      <input id="f-copy-title" name="title" maxlength="200" required="required" value="{$p/title}"/>
      <button type="submit"><xsl:call-template name="msg.paper.copy"/></button>
    </form>
  </xsl:template>

  <!-- A fixed paper: its questions with points, order and removal; then the bank to add from. -->
  <xsl:template match="paper" mode="fixed">
    <xsl:variable name="locked" select="@sat = 1"/>
    <h2 id="f-items"><xsl:call-template name="msg.paper.items"/></h2>
    <xsl:choose>
      <xsl:when test="not(items/item)"><p class="empty"><xsl:call-template name="msg.paper.no_items"/></p></xsl:when>
      <xsl:otherwise>
        <form method="post" action="{$base}/papers/{@id}/items">
          <xsl:call-template name="csrf"/>
          <xsl:if test="not($locked)">
            <p><button type="submit"><xsl:call-template name="msg.paper.items_save"/></button></p>
          </xsl:if>
          <table class="grid">
            <thead><tr>
              <th scope="col">#</th>
              <th scope="col"><xsl:call-template name="msg.questions.stem"/></th>
              <th scope="col"><xsl:call-template name="msg.questions.kind"/></th>
              <th scope="col"><xsl:call-template name="msg.paper.points"/></th>
              <xsl:if test="not($locked)">
                <th scope="col"><xsl:call-template name="msg.paper.order"/></th>
                <th scope="col"><xsl:call-template name="msg.paper.remove"/></th>
              </xsl:if>
            </tr></thead>
            <tbody>
              <xsl:for-each select="items/item">
                <tr>
                  <td><xsl:value-of select="position()"/></td>
                  <td>
                    <xsl:value-of select="."/>
                    <xsl:if test="@deleted = 1"><span class="meta"> · <xsl:call-template name="msg.paper.question_deleted"/></span></xsl:if>
                    <span class="meta"> · #<xsl:value-of select="@question"/><xsl:if test="@point"> · <xsl:value-of select="@point"/></xsl:if></span>
                  </td>
                  <td><xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="$locked"><xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template></xsl:when>
                      <xsl:otherwise>
                        <label class="sr" for="f-pts-{@question}"><xsl:call-template name="msg.paper.points"/> <xsl:value-of select="position()"/></label>
                        <input id="f-pts-{@question}" name="pts_{@question}" size="5" maxlength="8" inputmode="decimal">
                          <xsl:attribute name="value"><xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template></xsl:attribute>
                        </input>
                      </xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <xsl:if test="not($locked)">
                    <td>
                      <button name="up" value="{@question}"><xsl:call-template name="msg.paper.up"/></button>
                      <xsl:text> </xsl:text>
                      <button name="down" value="{@question}"><xsl:call-template name="msg.paper.down"/></button>
                    </td>
                    <td>
                      <input type="checkbox" id="f-rm-{@question}" name="remove" value="{@question}"/>
                      <label for="f-rm-{@question}"><xsl:call-template name="msg.paper.remove"/></label>
                    </td>
                  </xsl:if>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not($locked)"><xsl:apply-templates select="bank"/></xsl:if>
  </xsl:template>

  <!-- The bank: filters (a GET of this page), then the matching questions to tick or ids to type. -->
  <xsl:template match="bank">
    <h2><xsl:call-template name="msg.paper.bank"/></h2>
    <xsl:call-template name="question-filters">
      <xsl:with-param name="action" select="concat($base, '/papers/', ../@id)"/>
      <xsl:with-param name="prefix">bank_</xsl:with-param>
    </xsl:call-template>
    <form class="form" method="post" action="{$base}/papers/{../@id}/questions">
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="not(question)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
        <xsl:otherwise>
          <fieldset>
            <legend><xsl:call-template name="msg.paper.bank_pick"/></legend>
            <ul class="list">
              <xsl:for-each select="question">
                <li>
                  <label class="check">
                    <input type="checkbox" id="f-q-{@id}" name="question" value="{@id}"/>
                    <xsl:value-of select="."/>
                  </label>
                  <span class="meta">
                    #<xsl:value-of select="@id"/> ·
                    <xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
                    · <xsl:call-template name="msg.questions.difficulty"/><xsl:text> </xsl:text><xsl:value-of select="@difficulty"/>
                    <xsl:if test="@course-name"> · <xsl:value-of select="@course-name"/></xsl:if>
                    <xsl:if test="@point"> · <xsl:value-of select="@point"/></xsl:if>
                  </span>
                </li>
              </xsl:for-each>
            </ul>
            <xsl:if test="@more"><p class="meta"><xsl:call-template name="msg.paper.bank_more"/></p></xsl:if>
          </fieldset>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="input">
        <xsl:with-param name="name">ids</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.paper.ids"/></xsl:with-param>
        <xsl:with-param name="max">2000</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">points</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.paper.points_each"/></xsl:with-param>
        <xsl:with-param name="value">2</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">8</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.paper.add"/></button></p>
    </form>
  </xsl:template>

  <!-- How many bank questions a rule finds, and the warning when fewer than it draws. -->
  <xsl:template name="rule-supply">
    <xsl:call-template name="msg.paper.rule_supply">
      <xsl:with-param name="matching" select="@matching"/>
      <xsl:with-param name="available" select="@available"/>
    </xsl:call-template>
    <xsl:if test="@short">
      <strong class="ferr"><xsl:call-template name="msg.paper.rule_short"/></strong>
    </xsl:if>
  </xsl:template>

  <!-- A random paper: its rules in order, each a row of the one form, and a blank row to add one. -->
  <xsl:template match="paper" mode="random">
    <xsl:variable name="locked" select="@sat = 1"/>
    <h2 id="f-rules"><xsl:call-template name="msg.paper.rules"/></h2>
    <p class="meta"><xsl:call-template name="msg.paper.rules_hint"/></p>
    <xsl:if test="rules/rule[@short]">
      <p class="warn" role="status"><xsl:call-template name="msg.paper.rules_short"/></p>
    </xsl:if>
    <form method="post" action="{$base}/papers/{@id}/rules">
      <xsl:call-template name="csrf"/>
      <xsl:if test="not($locked)">
        <p><button type="submit"><xsl:call-template name="msg.paper.rules_save"/></button></p>
      </xsl:if>
      <table class="grid">
        <thead><tr>
          <th scope="col">#</th>
          <th scope="col"><xsl:call-template name="msg.questions.kind"/></th>
          <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
          <th scope="col"><xsl:call-template name="msg.questions.point"/></th>
          <th scope="col"><xsl:call-template name="msg.questions.difficulty"/></th>
          <th scope="col"><xsl:call-template name="msg.paper.rule_n"/></th>
          <th scope="col"><xsl:call-template name="msg.paper.points_each"/></th>
          <th scope="col"><xsl:call-template name="msg.paper.bank_supply"/></th>
          <xsl:if test="not($locked)"><th scope="col"><xsl:call-template name="msg.paper.order"/></th></xsl:if>
        </tr></thead>
        <tbody>
          <xsl:for-each select="rules/rule">
            <xsl:choose>
              <xsl:when test="$locked">
                <tr>
                  <td><xsl:value-of select="position()"/></td>
                  <td><xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template></td>
                  <td><xsl:value-of select="@course-name"/></td>
                  <td><xsl:value-of select="@point"/></td>
                  <td><xsl:value-of select="@difficulty"/></td>
                  <td><xsl:value-of select="@n"/></td>
                  <td><xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template></td>
                  <td><xsl:call-template name="rule-supply"/></td>
                </tr>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="rule-row"><xsl:with-param name="r" select="."/><xsl:with-param name="i" select="position()"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:if test="not($locked) and count(rules/rule) &lt; 30">
            <xsl:call-template name="rule-row"><xsl:with-param name="i" select="count(rules/rule) + 1"/></xsl:call-template>
          </xsl:if>
        </tbody>
      </table>
    </form>
  </xsl:template>

  <!-- One editable rule row ($r absent: the blank row, whose empty kind adds nothing). -->
  <xsl:template name="rule-row">
    <xsl:param name="r" select="/.."/>
    <xsl:param name="i"/>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <tr>
      <td><xsl:value-of select="$i"/></td>
      <td>
        <label class="sr" for="f-rk-{$i}"><xsl:call-template name="msg.questions.kind"/> <xsl:value-of select="$i"/></label>
        <select id="f-rk-{$i}" name="rule_kind">
          <xsl:if test="not($r)"><option value=""><xsl:call-template name="msg.paper.rule_new"/></option></xsl:if>
          <xsl:call-template name="kind-options"><xsl:with-param name="cur" select="$r/@kind"/></xsl:call-template>
        </select>
      </td>
      <td>
        <label class="sr" for="f-rc-{$i}"><xsl:call-template name="msg.courses.name"/> <xsl:value-of select="$i"/></label>
        <select id="f-rc-{$i}" name="rule_course">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:for-each select="/page/courses/course">
            <xsl:call-template name="option"><xsl:with-param name="v" select="@id"/><xsl:with-param name="cur" select="$r/@course"/><xsl:with-param name="label" select="."/></xsl:call-template>
          </xsl:for-each>
        </select>
      </td>
      <td>
        <label class="sr" for="f-rp-{$i}"><xsl:call-template name="msg.questions.point"/> <xsl:value-of select="$i"/></label>
        <input id="f-rp-{$i}" name="rule_point" size="10" maxlength="100" value="{$r/@point}"/>
      </td>
      <td>
        <label class="sr" for="f-rd-{$i}"><xsl:call-template name="msg.questions.difficulty"/> <xsl:value-of select="$i"/></label>
        <select id="f-rd-{$i}" name="rule_difficulty">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="difficulty-options"><xsl:with-param name="cur" select="$r/@difficulty"/></xsl:call-template>
        </select>
      </td>
      <td>
        <label class="sr" for="f-rn-{$i}"><xsl:call-template name="msg.paper.rule_n"/> <xsl:value-of select="$i"/></label>
        <input id="f-rn-{$i}" name="rule_n" size="4" maxlength="3" inputmode="numeric" value="{$r/@n}"/>
      </td>
      <td>
        <label class="sr" for="f-rq-{$i}"><xsl:call-template name="msg.paper.points_each"/> <xsl:value-of select="$i"/></label>
        <input id="f-rq-{$i}" name="rule_points" size="5" maxlength="8" inputmode="decimal">
          <xsl:attribute name="value"><xsl:if test="$r"><xsl:call-template name="points"><xsl:with-param name="v" select="$r/@points"/></xsl:call-template></xsl:if></xsl:attribute>
        </input>
      </td>
      <td><xsl:for-each select="$r"><xsl:call-template name="rule-supply"/></xsl:for-each></td>
      <td>
        <xsl:if test="$r">
          <button name="up" value="{$i}"><xsl:call-template name="msg.paper.up"/></button>
          <xsl:text> </xsl:text>
          <button name="down" value="{$i}"><xsl:call-template name="msg.paper.down"/></button>
          <xsl:text> </xsl:text>
          <input type="checkbox" id="f-rr-{$i}" name="remove" value="{$i}"/>
          <label for="f-rr-{$i}"><xsl:call-template name="msg.paper.remove"/></label>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- A question as the learner sees it (stem, options A, B, C …), with the key and explanation for the builder. -->
  <xsl:template match="question" mode="full">
    <div class="question">
      <p>
        <span class="meta">
          <xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
          · #<xsl:value-of select="@id"/>
          <xsl:if test="@point"> · <xsl:value-of select="@point"/></xsl:if>
        </span>
      </p>
      <p class="stem"><xsl:value-of select="stem"/></p>
      <xsl:if test="option">
        <ul class="options">
          <xsl:for-each select="option">
            <li><xsl:value-of select="@letter"/>. <xsl:value-of select="."/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <p>
        <strong><xsl:call-template name="msg.questions.answer"/>：</strong>
        <xsl:call-template name="answer-text">
          <xsl:with-param name="kind" select="@kind"/>
          <xsl:with-param name="a" select="key"/>
        </xsl:call-template>
      </p>
      <xsl:if test="explanation">
        <p><strong><xsl:call-template name="msg.questions.explanation"/>：</strong><xsl:value-of select="explanation"/></p>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- A key or an answer in words: T/F as true/false, the rest as written. -->
  <xsl:template name="answer-text">
    <xsl:param name="kind"/>
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="$kind = 'truefalse' and $a = 'T'"><xsl:call-template name="msg.exams.true"/></xsl:when>
      <xsl:when test="$kind = 'truefalse' and $a = 'F'"><xsl:call-template name="msg.exams.false"/></xsl:when>
      <xsl:when test="$kind = 'fill'"><span class="pre"><xsl:value-of select="$a"/></span></xsl:when>
      <xsl:otherwise><xsl:value-of select="$a"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="paper-preview" mode="body">
    <xsl:variable name="p" select="paper"/>
    <h1><xsl:call-template name="msg.paper.preview"/>：<xsl:value-of select="$p/title"/></h1>
    <p><a href="{$base}/papers/{$p/@id}"><xsl:call-template name="msg.paper.back"/></a></p>
    <p class="meta">
      <xsl:call-template name="paper-mode"><xsl:with-param name="m" select="$p/@mode"/></xsl:call-template> ·
      <xsl:call-template name="msg.paper.total"/><xsl:text> </xsl:text><xsl:call-template name="points"><xsl:with-param name="v" select="$p/@total"/></xsl:call-template> ·
      <xsl:call-template name="msg.paper.pass"/><xsl:text> </xsl:text><xsl:call-template name="points"><xsl:with-param name="v" select="$p/@pass"/></xsl:call-template>
    </p>
    <xsl:choose>
      <xsl:when test="$p/@mode = 'fixed'">
        <xsl:if test="not($p/items/item)"><p class="empty"><xsl:call-template name="msg.paper.no_items"/></p></xsl:if>
        <xsl:for-each select="$p/items/item">
          <section class="item">
            <h2><xsl:value-of select="position()"/>. <span class="meta">(<xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template><xsl:call-template name="msg.exams.points"/>)</span></h2>
            <xsl:apply-templates select="question" mode="full"/>
          </section>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p class="meta"><xsl:call-template name="msg.paper.preview_random"/></p>
        <xsl:for-each select="$p/rules/rule">
          <section class="item">
            <h2>
              <xsl:call-template name="msg.paper.rule"/><xsl:text> </xsl:text><xsl:value-of select="position()"/>：
              <xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
              × <xsl:value-of select="@n"/>
              <span class="meta">
                (<xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template><xsl:call-template name="msg.exams.points"/>)
                <xsl:if test="@course-name"> · <xsl:value-of select="@course-name"/></xsl:if>
                <xsl:if test="@point"> · <xsl:value-of select="@point"/></xsl:if>
                <xsl:if test="@difficulty"> · <xsl:call-template name="msg.questions.difficulty"/><xsl:text> </xsl:text><xsl:value-of select="@difficulty"/></xsl:if>
              </span>
            </h2>
            <p><xsl:call-template name="rule-supply"/></p>
            <xsl:if test="question"><h3><xsl:call-template name="msg.paper.samples"/></h3></xsl:if>
            <xsl:apply-templates select="question" mode="full"/>
          </section>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
