; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(assert
 (let (($x9 (> 1.0 p)))
 (let (($x14 (< 0.0 p)))
 (and $x14 $x9))))
(assert
 (< 0.0 p))
(assert
 (let ((?x10 (- p)))
 (let ((?x30 (+ 1.0 ?x10)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x10 (- p)))
 (let ((?x30 (+ 1.0 ?x10)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let (($x16 (= 0.0 p)))
 (not $x16)))
(assert
 (let ((?x10 (- p)))
 (let ((?x30 (+ 1.0 ?x10)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let ((?x10 (- p)))
(let ((?x30 (+ 1.0 ?x10)))
(let ((?x29 (* p ?x30)))
(let (($x36 (= 0.0 ?x29)))
(let (($x35 (not $x36)))
(let (($x28 (< 0.0 ?x30)))
(let (($x14 (< 0.0 p)))
(not (and $x14 $x28 $x35))))))))))
(check-sat)
(pop 1)
