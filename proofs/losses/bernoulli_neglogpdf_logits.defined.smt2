; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (< 0.0 ?x31))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (let (($x103 (not $x184)))
 (let (($x34 (< 0.0 ?x31)))
 (not (and $x34 $x103))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (= 0.0 logits))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (< 0.0 ?x31))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (< 0.0 ?x27))))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (let (($x208 (= 0.0 ?x27)))
 (not $x208)))))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (let (($x208 (= 0.0 ?x27)))
 (not $x208)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (< 0.0 ?x31))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (not $x184)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (let (($x103 (not $x184)))
 (let (($x34 (< 0.0 ?x31)))
 (not (and $x34 $x103))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (< 0.0 ?x27))))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (let (($x208 (= 0.0 ?x27)))
 (not $x208)))))
(assert
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (let (($x208 (= 0.0 ?x27)))
 (not $x208)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x22)))
 (let (($x184 (= 0.0 ?x31)))
 (let (($x103 (not $x184)))
 (let ((?x112 (* 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x112)))
 (let (($x193 (< 0.0 ?x27)))
 (not (and $x193 $x103))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
