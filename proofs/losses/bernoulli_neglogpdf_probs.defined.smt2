; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(assert
 (let (($x9 (> 1.0 p)))
 (let (($x7 (< 0.0 p)))
 (and $x7 $x9))))
(assert
 (< 0.0 p))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x11 (- p)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let ((?x11 (- p)))
(let ((?x12 (+ 1.0 ?x11)))
(let ((?x14 (* p ?x12)))
(let (($x21 (= 0.0 ?x14)))
(let (($x20 (not $x21)))
(let (($x13 (< 0.0 ?x12)))
(let (($x7 (< 0.0 p)))
(not (and $x7 $x13 $x20))))))))))
(check-sat)
(pop 1)
