; certjax: rule arithmetic.div, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |y[0]| () Real)
(declare-fun |y[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(declare-fun |x[0]| () Real)
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let ((?x49 (- |x[1]|)))
(let ((?x47 (* |y[1]| |y[1]|)))
(let ((?x48 (/ 1.0 ?x47)))
(let ((?x50 (* ?x48 ?x49)))
(let ((?x18 (/ 0.0 |y[1]|)))
(let ((?x51 (+ ?x18 ?x50)))
(let ((?x52 (* |g[1]| ?x51)))
(let ((?x23 (/ 0.0 |y[0]|)))
(let ((?x24 (* |g[0]| ?x23)))
(let ((?x53 (+ ?x24 ?x52)))
(let ((?x44 (- |g[1]|)))
(let ((?x43 (/ |x[1]| |y[1]|)))
(let ((?x45 (* ?x43 ?x44)))
(let ((?x46 (/ ?x45 |y[1]|)))
(let ((?x36 (- |x[0]|)))
(let ((?x34 (* |y[0]| |y[0]|)))
(let ((?x35 (/ 1.0 ?x34)))
(let ((?x37 (* ?x35 ?x36)))
(let ((?x38 (+ ?x23 ?x37)))
(let ((?x39 (* |g[0]| ?x38)))
(let ((?x19 (* |g[1]| ?x18)))
(let ((?x40 (+ ?x19 ?x39)))
(let ((?x31 (- |g[0]|)))
(let ((?x30 (/ |x[0]| |y[0]|)))
(let ((?x32 (* ?x30 ?x31)))
(let ((?x33 (/ ?x32 |y[0]|)))
(or (and (distinct (/ |g[0]| |y[0]|) (+ (* |g[0]| (/ 1.0 |y[0]|)) ?x19)) true) (and (distinct (/ |g[1]| |y[1]|) (+ ?x24 (* |g[1]| (/ 1.0 |y[1]|)))) true) (and (distinct ?x33 ?x40) true) (and (distinct ?x46 ?x53) true)))))))))))))))))))))))))))))
(check-sat)
(pop 1)
