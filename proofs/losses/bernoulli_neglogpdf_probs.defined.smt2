; certjax: rule losses.bernoulli_neglogpdf_probs, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun p () Real)
(assert
 (let (($x23 (> 1.0 p)))
 (let (($x6 (< 0.0 p)))
 (and $x6 $x23))))
(assert
 (< 0.0 p))
(assert
 (let ((?x24 (- p)))
 (let ((?x25 (+ 1.0 ?x24)))
 (< 0.0 ?x25))))
(assert
 (let (($x26 (= 0.0 p)))
 (not $x26)))
(assert
 (let ((?x24 (- p)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let (($x38 (= 0.0 ?x25)))
 (not $x38)))))
(assert
 (let (($x26 (= 0.0 p)))
 (not $x26)))
(assert
 (let ((?x24 (- p)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let (($x38 (= 0.0 ?x25)))
 (not $x38)))))
(assert
 (let ((?x24 (- p)))
(let ((?x25 (+ 1.0 ?x24)))
(let ((?x12 (* p ?x25)))
(let (($x41 (= 0.0 ?x12)))
(let (($x40 (not $x41)))
(let (($x11 (< 0.0 ?x25)))
(let (($x6 (< 0.0 p)))
(not (and $x6 $x11 $x40))))))))))
(check-sat)
(pop 1)
